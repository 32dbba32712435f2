import { seededRandom } from "@klsched/core-linalg";

/**
 * A seeded generator of standard normal numbers: core-linalg's `seededRandom` (xoshiro128**, Blackman &
 * Vigna 2018, for uniforms; Box–Muller for normals), its normals only. Deterministic for a seed, so Monte
 * Carlo tests are reproducible.
 *
 * @example
 * ```ts
 * import { normalGenerator } from "@klsched/gaussian-flow";
 * const next = normalGenerator(42);
 * next(); // 0.9846098371901182
 * next(); // 0.7380726469707344
 * ```
 */
export function normalGenerator(seed: number): () => number {
  return seededRandom(seed).normal;
}
