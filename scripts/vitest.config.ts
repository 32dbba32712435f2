import { defineConfig } from "vitest/config";

/** The tests of the repository's own scripts (the doc-example checker's claim rule): `vitest run --root scripts`. */
export default defineConfig({ test: { include: ["*.test.ts"] } });
