import { InvalidArgumentError } from "./invalid-argument-error.js";
import { symmetricEigendecomposition } from "./symmetric-eigensolver.js";

/**
 * One component N(μ, Σ) of a {@link GaussianMixture}, with Σ in eigen form: the top r eigenpairs
 * plus an isotropic remainder, Σ = U·diag(λ)·Uᵀ + ρ·(I − U·Uᵀ) (probabilistic PCA's form, Tipping &
 * Bishop 1999, whose maximum-likelihood ρ is the mean of the dropped eigenvalues). r = d is the full
 * covariance (no remainder).
 */
export interface MixtureComponent {
  /** π, the component's weight; the weights of a mixture sum to 1. */
  readonly weight: number;
  /** μ, length d. */
  readonly mean: Float64Array;
  /** r, the eigenpairs kept (1 … d). */
  readonly rank: number;
  /** U, d × r row-major: column j is the unit eigenvector of `eigenvalues[j]`. */
  readonly basis: Float64Array;
  /** λ₁ ≥ … ≥ λ_r > 0. */
  readonly eigenvalues: Float64Array;
  /** ρ > 0, the variance of every direction orthogonal to the basis; 0 when r = d. */
  readonly remainder: number;
}

/** A Gaussian mixture Σ_k π_k N(μ_k, Σ_k) on ℝ^d, each Σ_k in eigen form ({@link MixtureComponent}). */
export interface GaussianMixture {
  /** A short name for messages and labels: `mnist:class,rank=32`. */
  readonly label: string;
  readonly dimension: number;
  readonly components: readonly MixtureComponent[];
}

/** Orthonormality the basis must have: |UᵀU − I| entries at most this. */
const ORTHONORMAL_TOLERANCE = 1e-8;

/**
 * A mixture from its components, checked: at least one; every weight positive and finite, the weights
 * summing to 1 within 1e-9 (they are divided by their sum); every mean of length d and finite; every
 * basis d × r, finite and orthonormal to 1e-8; eigenvalues finite, positive, descending; remainder
 * positive and finite when r < d.
 *
 * @throws InvalidArgumentError naming the component and field that is wrong.
 * @example
 * ```ts
 * import { createGaussianMixture } from "@klsched/core-linalg";
 * const point = (x: number) => ({
 *   weight: 0.5,
 *   mean: Float64Array.of(x),
 *   rank: 1,
 *   basis: Float64Array.of(1),
 *   eigenvalues: Float64Array.of(0.25),
 *   remainder: 0,
 * });
 * createGaussianMixture([point(-1), point(1)], "two points").components.length; // 2
 * ```
 */
export function createGaussianMixture(components: readonly MixtureComponent[], label: string): GaussianMixture {
  const first = components[0];
  if (first === undefined) throw new InvalidArgumentError("components", "[]", "a mixture needs at least one component");
  const d = first.mean.length;
  if (d < 1) throw new InvalidArgumentError("components[0].mean", "[]", "expected a mean of length d ≥ 1");
  let total = 0;
  components.forEach((c, k) => {
    checkComponent(c, k, d);
    total += c.weight;
  });
  if (!(Math.abs(total - 1) <= 1e-9)) throw new InvalidArgumentError("weights", total, "the weights must sum to 1");
  const normalised = components.map((c) => Object.freeze({ ...c, weight: c.weight / total }));
  return Object.freeze({ label, dimension: d, components: Object.freeze(normalised) });
}

function checkComponent(c: MixtureComponent, k: number, d: number): void {
  const at = (field: string) => `components[${k}].${field}`;
  if (!(c.weight > 0 && Number.isFinite(c.weight))) throw new InvalidArgumentError(at("weight"), c.weight, "expected π > 0");
  if (c.mean.length !== d) throw new InvalidArgumentError(at("mean"), `${c.mean.length} values`, `expected d=${d}`);
  c.mean.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new InvalidArgumentError(`${at("mean")}[${i}]`, v, "not a finite number");
  });
  const r = c.rank;
  if (!(Number.isInteger(r) && r >= 1 && r <= d))
    throw new InvalidArgumentError(at("rank"), r, `expected an integer in 1 … d=${d}`);
  if (c.eigenvalues.length !== r)
    throw new InvalidArgumentError(at("eigenvalues"), `${c.eigenvalues.length} values`, `expected r=${r}`);
  c.eigenvalues.forEach((v, j) => {
    if (!(v > 0 && Number.isFinite(v))) throw new InvalidArgumentError(`${at("eigenvalues")}[${j}]`, v, "expected λ > 0");
    if (j > 0 && v > (c.eigenvalues[j - 1] as number))
      throw new InvalidArgumentError(`${at("eigenvalues")}[${j}]`, v, "the eigenvalues must descend");
  });
  if (r < d && !(c.remainder > 0 && Number.isFinite(c.remainder)))
    throw new InvalidArgumentError(at("remainder"), c.remainder, "expected ρ > 0 when r < d");
  if (c.basis.length !== d * r)
    throw new InvalidArgumentError(at("basis"), `${c.basis.length} values`, `expected d·r = ${d * r}`);
  for (let i = 0; i < r; i++) {
    for (let j = 0; j <= i; j++) {
      let dot = 0;
      for (let p = 0; p < d; p++) dot += (c.basis[p * r + i] as number) * (c.basis[p * r + j] as number);
      if (!(Math.abs(dot - (i === j ? 1 : 0)) <= ORTHONORMAL_TOLERANCE))
        throw new InvalidArgumentError(at("basis"), `column ${i}·column ${j} = ${dot}`, "the basis must be orthonormal");
    }
  }
}

/**
 * The eigen form of a component from its full covariance (d × d row-major, symmetric): the
 * eigendecomposition of Σ + floor·I (core-linalg's `symmetricEigendecomposition`), its top r pairs, and
 * ρ = the mean of the other d − r eigenvalues, which keeps tr Σ (Tipping & Bishop 1999, Eq. 8). `floor`
 * is the variance every direction gets besides Σ: step²/12 for data quantised with that step (uniform
 * dequantisation, as `measureSpectrum` adds it), which also lifts the zero eigenvalues of pixels that
 * never change.
 *
 * @throws InvalidArgumentError when the rank is not in 1 … d or an eigenvalue of Σ + floor·I is not
 *   positive (a singular covariance with no floor).
 * @example
 * ```ts
 * import { mixtureComponent } from "@klsched/core-linalg";
 * const c = mixtureComponent(1, Float64Array.of(0, 0), Float64Array.of(4, 0, 0, 1), 1, 0);
 * [c.eigenvalues[0], c.remainder]; // [4, 1]
 * ```
 */
export function mixtureComponent(
  weight: number,
  mean: Float64Array,
  covariance: Float64Array,
  rank: number,
  floor: number,
): MixtureComponent {
  const d = mean.length;
  if (!(Number.isInteger(rank) && rank >= 1 && rank <= d))
    throw new InvalidArgumentError("rank", rank, `expected an integer in 1 … d=${d}`);
  const lifted = Float64Array.from(covariance);
  for (let i = 0; i < d; i++) lifted[i * d + i] = (lifted[i * d + i] as number) + floor;
  const { values, vectors } = symmetricEigendecomposition(lifted, d);
  const eigenvalues = new Float64Array(rank);
  const basis = new Float64Array(d * rank);
  for (let j = 0; j < rank; j++) {
    const lambda = values[j] as number;
    if (!(lambda > 0))
      throw new InvalidArgumentError("covariance", `eigenvalue ${lambda}`, "is not positive: add a variance floor");
    eigenvalues[j] = lambda;
    for (let i = 0; i < d; i++) basis[i * rank + j] = vectors[i * d + j] as number;
  }
  let rest = 0;
  for (let j = rank; j < d; j++) rest += Math.max(values[j] as number, floor);
  const remainder = rank === d ? 0 : rest / (d - rank);
  if (rank < d && !(remainder > 0))
    throw new InvalidArgumentError("covariance", `remainder ${remainder}`, "is not positive: add a variance floor");
  return { weight, mean, rank, basis, eigenvalues, remainder };
}
