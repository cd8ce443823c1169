import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const TOOLING = ["./scripts", "./bench", "./server", "./tests"];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.{ts,tsx,mjs}"],
    rules: {
      // A module circle works only while no module calls another as it loads: forbid them.
      "import/no-cycle": ["error", { ignoreExternal: true }],
      // Imports go down the layers: app/ → components/ → lib/; the tooling may import lib/, never the reverse.
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./app", "./components", ...TOOLING],
              message: "lib/ holds what pages import; it may not import app/, components/ or the tooling.",
            },
            {
              target: "./components",
              from: ["./app", ...TOOLING],
              message: "components/ may import lib/ and other components only.",
            },
            { target: "./app", from: TOOLING, message: "app/ may not import scripts, the bench, the server or tests." },
            {
              target: "./server",
              from: ["./app", "./components", "./scripts", "./bench", "./tests"],
              message: "server/ may import lib/ only.",
            },
            {
              target: "./scripts",
              from: ["./app", "./components", "./bench", "./tests"],
              message: "scripts/ may import lib/ and server/ only.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "public/pagefind/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "test-results/**",
  ]),
]);
