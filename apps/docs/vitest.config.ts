import { defineConfig } from "vitest/config";

// The browser test drives Chromium against the built site and runs the CLI for reference figures.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 120_000 },
});
