import { klschedTestConfig } from "../../vitest.base.js";

// The browser test drives Chromium against the built site and runs the CLI for reference figures.
export default klschedTestConfig({ include: ["test/**/*.test.ts"], testTimeout: 180_000 });
