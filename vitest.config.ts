import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": fileURLToPath(new URL(".", import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // 20 s, not 5: a test's first call parses the real content, which takes seconds on a busy shared machine.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 20_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/browser/server.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One Chromium and one server; files run one after another to keep the 2-core machine calm.
          fileParallelism: false,
        },
      },
    ],
  },
});
