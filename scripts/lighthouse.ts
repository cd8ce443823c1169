// npm run lighthouse [-- /path ...] — Lighthouse (mobile, its default) on the production build:
// the home page and the first article on the reader's path, or the paths given, each the median of
// three runs. Prints the four category scores and what cost points; exits 1 when a score is under its target.
import { buildIfNeeded } from "./build-if-needed";
import { CATEGORIES, runLighthouse } from "./lighthouse-runner";
import { startProductionServer } from "./local-server";

const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } as const;

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
buildIfNeeded(env);

// localhost, not 127.0.0.1: Lighthouse counts localhost as a secure origin, as a real site on https would be.
const { baseUrl, stop, first } = await startProductionServer({ env, host: "localhost" });

try {
  const paths = process.argv.slice(2);
  if (paths.length === 0) paths.push("/", firstArticle(await first.text()));
  const results = await runLighthouse(
    paths.map((path) => baseUrl + path),
    { runs: 3 },
  );
  let missed = 0;
  results.forEach((result, index) => {
    console.log(`\n${paths[index]}`);
    for (const id of CATEGORIES) {
      const score = result.scores[id];
      if (score < TARGETS[id]) missed++;
      console.log(
        `  ${id.padEnd(16)} ${String(score).padStart(3)}${score < TARGETS[id] ? `  (target ${TARGETS[id]})` : ""}`,
      );
      for (const lost of result.lost[id]) console.log(`      - ${lost.title} (${lost.value}, weight ${lost.weight})`);
    }
    if (result.warnings.length > 0) console.log(`  warnings: ${result.warnings.join("; ")}`);
  });
  process.exitCode = missed > 0 ? 1 : 0;
} finally {
  stop();
}

function firstArticle(home: string): string {
  const match = home.match(/href="(\/articles\/[^"#]+)"/);
  if (!match?.[1]) throw new Error("The home page links to no article.");
  return match[1];
}
