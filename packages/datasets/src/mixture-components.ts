import { InvalidArgumentError, type MixtureComponent, mixtureComponent, rightMultiplier } from "@klsched/core-linalg";

/**
 * The variance floor a fitted component gets on every direction: step²/12 for quantised data (uniform
 * dequantisation, as `measureSpectrum` adds it), else 10⁻⁶ of the data's mean per-coordinate variance,
 * which keeps a component of fewer points than dimensions non-singular.
 */
export function varianceFloor(rows: Float64Array, n: number, d: number, quantizationStep: number): number {
  if (quantizationStep > 0) return quantizationStep ** 2 / 12;
  let total = 0;
  for (let i = 0; i < d; i++) {
    let s = 0;
    let ss = 0;
    for (let row = 0; row < n; row++) {
      const x = rows[row * d + i] as number;
      s += x;
      ss += x * x;
    }
    total += Math.max(ss / n - (s / n) ** 2, 0);
  }
  return total > 0 ? (1e-6 * total) / d : 1e-12;
}

/**
 * A component fitted to rows with weights (responsibilities): mean Σ wᵢxᵢ/W and covariance
 * Σ wᵢ(xᵢ − μ)(xᵢ − μ)ᵀ/W (maximum likelihood, the M-step of EM: Bishop 2006, Eq. 9.24–9.26), then
 * eigen form at `rank` with `floor` added ({@link mixtureComponent}). Rows with weight 0 are skipped;
 * the scatter is one product BᵀB of the weighted centred rows. `label` names the component in errors.
 */
export function weightedComponent(
  rows: Float64Array,
  d: number,
  weights: Float64Array,
  totalWeight: number,
  rank: number,
  floor: number,
  label: string,
): MixtureComponent {
  const n = weights.length;
  const used: number[] = [];
  let w = 0;
  const mean = new Float64Array(d);
  for (let row = 0; row < n; row++) {
    const wi = weights[row] as number;
    if (!(wi > 0)) continue;
    used.push(row);
    w += wi;
    for (let i = 0; i < d; i++) mean[i] = (mean[i] as number) + wi * (rows[row * d + i] as number);
  }
  if (used.length < 2) throw new InvalidArgumentError(label, `${used.length} points`, "a component needs at least 2 points");
  for (let i = 0; i < d; i++) mean[i] = (mean[i] as number) / w;
  const m = used.length;
  const centred = new Float64Array(m * d);
  const transposed = new Float64Array(d * m);
  used.forEach((row, k) => {
    const root = Math.sqrt((weights[row] as number) / w);
    for (let i = 0; i < d; i++) {
      const v = root * ((rows[row * d + i] as number) - (mean[i] as number));
      centred[k * d + i] = v;
      transposed[i * m + k] = v;
    }
  });
  const covariance = rightMultiplier(centred, m, d).multiply(transposed, d);
  for (let i = 0; i < d; i++)
    for (let j = 0; j < i; j++) {
      const v = 0.5 * ((covariance[i * d + j] as number) + (covariance[j * d + i] as number));
      covariance[i * d + j] = v;
      covariance[j * d + i] = v;
    }
  return mixtureComponent(w / totalWeight, mean, covariance, rank, floor);
}
