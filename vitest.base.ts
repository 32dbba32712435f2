import { defineConfig, type ViteUserConfig } from "vitest/config";

/**
 * The export condition under which every @klsched package maps its entry points to `src/*.ts`: tests
 * and typechecks resolve sibling packages from their sources, so one package tests alone on a fresh
 * clone with nothing built. tsconfig.json's `customConditions` names the same condition.
 */
export const SOURCE_CONDITION = "@klsched/source";

const conditions = [SOURCE_CONDITION, "module", "node", "import", "default"];

/**
 * The vitest configuration every workspace shares. Monte Carlo and optimisation tests take seconds, and
 * CI runs every package at once on two cores, hence the long timeouts.
 */
export function klschedTestConfig(test: NonNullable<ViteUserConfig["test"]> = {}): ViteUserConfig {
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: [SOURCE_CONDITION] } },
    test: { testTimeout: 120_000, hookTimeout: 120_000, ...test },
  });
}
