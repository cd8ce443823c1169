// Keeps the compressed bytes of prerendered pages, so that the server gzips each one once
// instead of on every request. Next compresses every response as it sends it: for a long
// article that is most of the work of answering (see npm run bench).
//
// It behaves like a shared HTTP cache in front of Next: only responses that say they may be
// shared (200, an ETag, Cache-Control "public", no cookie) are kept, and a kept response is
// only replayed to a request that agrees on every header its Vary names (RSC, prefetch and
// Accept-Encoding). Conditional, ranged, non-GET and query-string requests always go to Next.
import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from "node:http";

/** Entries and bytes kept at most; the oldest page goes first. Enough for every page of a large site. */
const MAX_ENTRIES = 5000;
const MAX_TOTAL_BYTES = 128_000_000;
/** A bigger body is not worth holding in memory. */
const MAX_BODY_BYTES = 2_000_000;
/** Headers of the connection, not of the page: Node writes its own. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

interface Variant {
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

interface CachedPage {
  /** The request headers its Vary names, lower case. */
  names: string[];
  /** Key made of those headers' values -> the answer sent for them. */
  variants: Map<string, Variant>;
}

export interface PageCache {
  stats: { hits: number; stored: number };
  readonly size: number;
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

/**
 * Whether Next's answer to this request may be replayed to others (or taken from the cache).
 * Not with a query string: anyone can make endless variants of one page that way, pushing
 * the real pages out (Next still answers them, from its own copy).
 */
function cacheableRequest(req: IncomingMessage): boolean {
  return (
    req.method === "GET" &&
    !req.url?.includes("?") &&
    !req.headers.range &&
    !req.headers["if-none-match"] &&
    !req.headers["if-modified-since"]
  );
}

function cacheableResponse(res: ServerResponse, body: Buffer): boolean {
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  return (
    res.statusCode === 200 &&
    res.getHeader("etag") !== undefined &&
    /\bpublic\b/.test(cacheControl) &&
    !/\b(private|no-store|no-cache)\b/.test(cacheControl) &&
    res.getHeader("set-cookie") === undefined &&
    body.length <= MAX_BODY_BYTES
  );
}

/** The request headers named by a Vary header, lower case; undefined for "Vary: *". */
function varyNames(vary: OutgoingHttpHeader | undefined): string[] | undefined {
  const names = String(vary ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return names.includes("*") ? undefined : names;
}

const variantKey = (req: IncomingMessage, names: readonly string[]) =>
  names.map((name) => String(req.headers[name] ?? "")).join("\n");

export function createPageCache({ maxEntries = MAX_ENTRIES, maxBytes = MAX_TOTAL_BYTES } = {}): PageCache {
  /** URL -> { names: the request headers its Vary lists, variants: key -> { headers, body } }, oldest first. */
  const pages = new Map<string, CachedPage>();
  let entries = 0;
  let bytes = 0;
  const stats = { hits: 0, stored: 0 };
  const pageBytes = (page: CachedPage) =>
    [...page.variants.values()].reduce((total, variant) => total + variant.body.length, 0);

  function forget(url: string) {
    const page = pages.get(url);
    if (!page) return;
    entries -= page.variants.size;
    bytes -= pageBytes(page);
    pages.delete(url);
  }

  /** Adds a page as the newest, dropping the oldest ones until it fits (or leaves it out if it cannot). */
  function remember(url: string, page: CachedPage) {
    const size = pageBytes(page);
    const fits = () => entries + page.variants.size <= maxEntries && bytes + size <= maxBytes;
    while (pages.size > 0 && !fits()) forget(pages.keys().next().value as string);
    if (!fits()) return;
    pages.set(url, page);
    entries += page.variants.size;
    bytes += size;
    stats.stored++;
  }

  function lookup(req: IncomingMessage): Variant | undefined {
    const page = pages.get(req.url ?? "");
    return page?.variants.get(variantKey(req, page.names));
  }

  function store(req: IncomingMessage, res: ServerResponse, body: Buffer) {
    const url = req.url ?? "";
    const names = varyNames(res.getHeader("vary"));
    if (!names) return;
    const headers: OutgoingHttpHeaders = Object.fromEntries(
      Object.entries(res.getHeaders()).filter(([name]) => !HOP_BY_HOP.has(name)),
    );
    const old = pages.get(url);
    forget(url);
    // A page whose Vary changed keeps no old copies: their keys would mean something else.
    const variants = old && old.names.join() === names.join() ? old.variants : new Map();
    variants.set(variantKey(req, names), { headers, body });
    remember(url, { names, variants });
  }

  /** Copies what Next sends (after its compression) and keeps it if it may be shared. */
  function record(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_BODY_BYTES) return;
      const buffer =
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array);
      chunks.push(buffer);
      size += buffer.length;
    };
    // Node's write/end take (chunk, encoding?, callback?) in several shapes; pass them on as they came.
    type Write = (this: ServerResponse, ...args: unknown[]) => boolean;
    type End = (this: ServerResponse, ...args: unknown[]) => ServerResponse;
    const write = res.write as unknown as Write;
    const end = res.end as unknown as End;
    res.write = function (this: ServerResponse, ...args: unknown[]) {
      keep(args[0], args[1]);
      return write.apply(this, args);
    } as ServerResponse["write"];
    res.end = function (this: ServerResponse, ...args: unknown[]) {
      keep(args[0], args[1]);
      const body = Buffer.concat(chunks);
      // A reader who left mid-page may leave a cut-short body behind: keep only whole answers.
      if (!res.destroyed && !res.socket?.destroyed && cacheableResponse(res, body)) store(req, res, body);
      return end.apply(this, args);
    } as ServerResponse["end"];
  }

  return {
    stats,
    get size() {
      return entries;
    },
    /**
     * Answers the request from the cache and returns true, or arranges for Next's answer to
     * be kept and returns false (the caller then passes the request to Next).
     */
    handle(req, res) {
      if (!cacheableRequest(req)) return false;
      const hit = lookup(req);
      if (!hit) {
        record(req, res);
        return false;
      }
      stats.hits++;
      res.writeHead(200, { ...hit.headers, "content-length": hit.body.length });
      res.end(hit.body);
      return true;
    },
  };
}
