import { defineConfig } from "vitest/config";

// Monte Carlo and optimisation tests take seconds; CI runs every package at once on two cores.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } });
