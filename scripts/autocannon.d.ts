// The part of autocannon's API the load tester uses (the package ships no types).
declare module "autocannon" {
  interface Request {
    method?: string;
    path?: string;
    onResponse?: (status: number, body: string) => void;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    requests?: Request[];
  }
  interface Histogram {
    average: number;
    total: number;
    p50: number;
    p99: number;
    max: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
    statusCodeStats: Record<string, unknown>;
  }
  export default function autocannon(options: Options): Promise<Result>;
}
