import type { SymmetricOperator } from "./block-krylov.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { seededRandom } from "./seeded-random.js";
import { symmetricEigendecomposition } from "./symmetric-eigensolver.js";

/**
 * An estimate of a d × d operator's eigenvalue distribution as weighted atoms: about `weights[j]` of
 * its d eigenvalues lie near `nodes[j]`. Nodes descend; the weights sum to d.
 */
export interface SpectralDensity {
  readonly dimension: number;
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

/** Options of {@link spectralDensity}. */
export interface SpectralDensityOptions {
  /** Random start vectors, each one Lanczos run; default 32. */
  readonly probes?: number;
  /**
   * Lanczos steps per probe, one operator call (of all probes at once) each; default 60, at most d. The
   * steps resolve the bottom of the spectrum, where the KL is most sensitive: at d = 4096, 30 steps left
   * the KL of an optimal schedule 6 % low, 60 steps within 0.1 % (scripts/top-k-tail.ts).
   */
  readonly steps?: number;
  /** Seed of the probes (default 1). */
  readonly seed?: number;
}

/**
 * The eigenvalue distribution of a symmetric operator by stochastic Lanczos quadrature (Ubaru, Chen &
 * Saad 2017, "Fast estimation of tr(f(A)) via stochastic Lanczos quadrature", Algorithm 1): from each of
 * p random unit vectors v, `steps` Lanczos steps (with full reorthogonalisation) give a tridiagonal
 * T = UΘUᵀ whose eigenvalues θₗ and squared first components τₗ² = U[0][ℓ]² are the Gauss quadrature
 * of v's spectral measure, vᵀf(C)v ≈ Σₗ τₗ²·f(θₗ); so tr f(C) ≈ (d/p)·Σ_probes Σₗ τₗ²·f(θₗ), and the
 * atoms (θₗ, d·τₗ²/p) estimate the density of C's eigenvalues. All probes advance together: `steps`
 * operator calls of p vectors.
 *
 * @example
 * ```ts
 * import { spectralDensity } from "@klsched/core-linalg";
 * const diagonal = Float64Array.from({ length: 100 }, (_, i) => (i < 50 ? 2 : 1));
 * const operator = { dimension: 100, apply: (v: Float64Array) => v.map((x, i) => x * (diagonal[i % 100] as number)) };
 * const density = spectralDensity(operator, { probes: 4, steps: 4 });
 * density.weights.reduce((a, b) => a + b, 0); // ≈ 100
 * density.nodes[0]; // ≈ 2
 * ```
 * @throws InvalidArgumentError for probes or steps out of range, or an operator image of another size
 * or with a non-finite value.
 */
export function spectralDensity(operator: SymmetricOperator, options: SpectralDensityOptions = {}): SpectralDensity {
  const d = operator.dimension;
  const { probes = 32, steps: asked = 60, seed = 1 } = options;
  if (!Number.isInteger(probes) || probes < 1 || probes > 4096) {
    throw new InvalidArgumentError("probes", probes, "expected an integer from 1 to 4096");
  }
  if (!Number.isInteger(asked) || asked < 1) throw new InvalidArgumentError("steps", asked, "expected a positive integer");
  const steps = Math.min(asked, d);
  const random = seededRandom(seed);
  const basis = new Float64Array(probes * steps * d); // probe j's ℓ-th Lanczos vector at (j·steps + ℓ)·d
  const diagonal = new Float64Array(probes * steps);
  const offDiagonal = new Float64Array(probes * steps);
  const done = new Uint8Array(probes); // a probe whose Krylov space closed (β = 0): its tridiagonal stops
  const length = new Int32Array(probes).fill(steps);
  let current = new Float64Array(probes * d);
  for (let i = 0; i < current.length; i++) current[i] = random.normal();
  for (let j = 0; j < probes; j++) normalize(current.subarray(j * d, (j + 1) * d));
  for (let step = 0; step < steps; step++) {
    for (let j = 0; j < probes; j++) basis.set(current.subarray(j * d, (j + 1) * d), (j * steps + step) * d);
    const image = operator.apply(current, probes);
    if (image.length !== probes * d) {
      throw new InvalidArgumentError("operator", `${image.length} values`, `expected the image of ${probes} vectors of d=${d}`);
    }
    const next = new Float64Array(probes * d);
    for (let j = 0; j < probes; j++) {
      if (done[j]) continue;
      const w = image.subarray(j * d, (j + 1) * d);
      for (let i = 0; i < d; i++) {
        if (!Number.isFinite(w[i] as number)) throw new InvalidArgumentError("operator", w[i], "not a finite number");
      }
      const own = basis.subarray((j * steps + step) * d, (j * steps + step + 1) * d);
      diagonal[j * steps + step] = dot(w, own, d);
      // w − αv − βv_prev, done as full reorthogonalisation against every earlier vector, twice
      for (let sweep = 0; sweep < 2; sweep++) {
        for (let l = 0; l <= step; l++) {
          const v = basis.subarray((j * steps + l) * d, (j * steps + l + 1) * d);
          const c = dot(w, v, d);
          for (let i = 0; i < d; i++) w[i] = (w[i] as number) - c * (v[i] as number);
        }
      }
      const beta = Math.sqrt(dot(w, w, d));
      offDiagonal[j * steps + step] = beta;
      if (step + 1 < steps && !(beta > 1e-12 * Math.abs(diagonal[j * steps] as number) && beta > 0)) {
        done[j] = 1;
        length[j] = step + 1;
        continue;
      }
      for (let i = 0; i < d; i++) next[j * d + i] = (w[i] as number) / beta;
    }
    current = next;
  }
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let j = 0; j < probes; j++) {
    const m = length[j] as number;
    const t = new Float64Array(m * m);
    for (let l = 0; l < m; l++) {
      t[l * m + l] = diagonal[j * steps + l] as number;
      if (l + 1 < m) {
        const beta = offDiagonal[j * steps + l] as number;
        t[l * m + l + 1] = beta;
        t[(l + 1) * m + l] = beta;
      }
    }
    const { values, vectors } = symmetricEigendecomposition(t, m);
    for (let l = 0; l < m; l++) {
      nodes.push(values[l] as number);
      weights.push(((vectors[l] as number) ** 2 * d) / probes);
    }
  }
  const order = nodes.map((_, i) => i).sort((a, b) => (nodes[b] as number) - (nodes[a] as number));
  return {
    dimension: d,
    nodes: Float64Array.from(order, (i) => nodes[i] as number),
    weights: Float64Array.from(order, (i) => weights[i] as number),
  };
}

/**
 * The eigenvalue of each rank r = first … last (1-based, descending) that `density` implies: its
 * quantile at r − ½ of d, interpolated linearly in log λ between the atoms' centres of mass
 * (held at the end atoms beyond them). A node at or below 0 (rounding) counts as 1e-300.
 */
export function densityQuantiles(density: SpectralDensity, first: number, last: number): Float64Array {
  const { nodes, weights } = density;
  const count = nodes.length;
  const centres = new Float64Array(count);
  const logs = Float64Array.from(nodes, (x) => Math.log(Math.max(x, 1e-300)));
  let mass = 0;
  for (let j = 0; j < count; j++) {
    centres[j] = mass + (weights[j] as number) / 2;
    mass += weights[j] as number;
  }
  const out = new Float64Array(last - first + 1);
  let j = 0;
  for (let rank = first; rank <= last; rank++) {
    const x = rank - 0.5;
    while (j + 1 < count && (centres[j + 1] as number) < x) j++;
    let log: number;
    if (x <= (centres[0] as number) || j + 1 >= count) log = logs[x <= (centres[0] as number) ? 0 : count - 1] as number;
    else {
      const t = (x - (centres[j] as number)) / ((centres[j + 1] as number) - (centres[j] as number));
      log = (logs[j] as number) * (1 - t) + (logs[j + 1] as number) * t;
    }
    out[rank - first] = Math.exp(log);
  }
  return out;
}

function dot(a: Float64Array, b: Float64Array, d: number): number {
  let sum = 0;
  for (let i = 0; i < d; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

function normalize(v: Float64Array): void {
  const norm = Math.sqrt(dot(v, v, v.length));
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / norm;
}
