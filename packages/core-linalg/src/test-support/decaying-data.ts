import type { DataMatrix } from "../data-matrix.js";
import { seededRandom } from "../seeded-random.js";

/**
 * n × d Gaussian rows whose population covariance has eigenvalues λᵢ = scale·i^(−α) + floor, i = 1 … d, the
 * power-law decay of natural images and latents, in a basis turned off the axes by `reflections` random
 * Householder reflections (each O(d) per row, so d = 4096 stays cheap), and offset by a mean of 3 per
 * column so that centring matters. Seeded: the same arguments give the same rows.
 */
export function decayingData(
  n: number,
  d: number,
  {
    alpha = 1,
    scale = 1,
    floor = 0,
    seed = 1,
    reflections = 3,
  }: { alpha?: number; scale?: number; floor?: number; seed?: number; reflections?: number } = {},
): Float64Array {
  const random = seededRandom(seed);
  const scales = Float64Array.from({ length: d }, (_, i) => Math.sqrt(scale * (i + 1) ** -alpha + floor));
  const mirrors: Float64Array[] = [];
  for (let m = 0; m < reflections; m++) {
    const v = Float64Array.from({ length: d }, () => random.normal());
    const norm = Math.hypot(...v);
    mirrors.push(v.map((x) => x / norm));
  }
  const rows = new Float64Array(n * d);
  for (let r = 0; r < n; r++) {
    const row = rows.subarray(r * d, (r + 1) * d);
    for (let i = 0; i < d; i++) row[i] = random.normal() * (scales[i] as number);
    for (const v of mirrors) {
      let dot = 0;
      for (let i = 0; i < d; i++) dot += (row[i] as number) * (v[i] as number);
      for (let i = 0; i < d; i++) row[i] = (row[i] as number) - 2 * dot * (v[i] as number);
    }
    for (let i = 0; i < d; i++) row[i] = (row[i] as number) + 3;
  }
  return rows;
}

/** An in-memory n × d {@link DataMatrix} over `rows`, in batches as a reader yields them. */
export function inMemoryData(rows: Float64Array, d: number, label = "memory"): DataMatrix {
  const n = rows.length / d;
  return {
    label,
    rows: n,
    dimension: d,
    quantizationStep: 0,
    *batches(batchRows: number) {
      for (let r = 0; r < n; r += batchRows) yield rows.slice(r * d, Math.min(n, r + batchRows) * d);
    },
  };
}
