/**
 * The seed and size of a fuzz run: `KLSCHED_FUZZ_SEED` (default 14, so CI is reproducible) and
 * `KLSCHED_FUZZ_SCALE` (default 1; `pnpm fuzz` sets 20 for a deeper run). `runs` is the CI count.
 */
export function fuzzSettings(runs: number): { readonly seed: number; readonly numRuns: number } {
  const seed = Number(process.env.KLSCHED_FUZZ_SEED ?? 14);
  const scale = Number(process.env.KLSCHED_FUZZ_SCALE ?? 1);
  return { seed, numRuns: Math.max(1, Math.round(runs * scale)) };
}

/** Counts of violations by class, with the first example of each. */
export function tally<V extends { readonly kind: string }>(violations: readonly V[]): Map<string, { count: number; first: V }> {
  const byKind = new Map<string, { count: number; first: V }>();
  for (const v of violations) {
    const entry = byKind.get(v.kind);
    if (entry === undefined) byKind.set(v.kind, { count: 1, first: v });
    else entry.count++;
  }
  return byKind;
}
