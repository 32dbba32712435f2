import {
  CovarianceAccumulator,
  createGaussianMixture,
  type DataMatrix,
  type GaussianMixture,
  InvalidArgumentError,
  type MixtureComponent,
  mixtureComponent,
  mixtureProjector,
  seededRandom,
} from "@klsched/core-linalg";
import { readAllRows } from "./data-rows.js";
import { varianceFloor, weightedComponent } from "./mixture-components.js";
import type { MixtureFit } from "./mixture-spec.js";

/** What {@link fitMixture} is doing: reading rows, k-means, then fitting components (`done` of `total`). */
export type FitStage = "reading" | "kmeans" | "components" | "em";

/** Options of {@link fitMixture}. */
export interface FitOptions {
  /** Called as each stage advances: `done` of `total` units of `stage` (for a progress line). */
  readonly onProgress?: (stage: FitStage, done: number, total: number) => void;
  /** The argument errors name (CLI: `--mixture`). */
  readonly argument?: string;
}

/** Lloyd iterations after k-means++ seeding. */
const LLOYD_ITERATIONS = 10;
/** Responsibilities below this are dropped from the M-step (their share of a sum is below rounding). */
const RESPONSIBILITY_CUTOFF = 1e-12;

/**
 * A Gaussian mixture fitted to a data set, with every component's covariance in eigen form at the
 * spec's rank plus the variance floor (`varianceFloor`: step²/12 for quantised data).
 *
 * - `class`: one component per label (`data.labels`, MNIST's digits), weight n_c/n, the class's exact
 *   mean and covariance (1/(n_c − 1), as np.cov; core-linalg's CovarianceAccumulator).
 * - `kmeans`: k-means++ seeding (Arthur & Vassilvitskii 2007) from a seeded generator, 10 Lloyd
 *   iterations, one component per cluster, then `iterations` EM steps (Dempster, Laird & Rubin 1977;
 *   Bishop 2006, §9.2.2): responsibilities from the components' log densities by log-sum-exp, then
 *   weighted means and covariances; responsibilities below 10⁻¹² are left out of the M-step.
 *
 * @throws InvalidArgumentError naming `options.argument`: labels asked of data without labels, fewer
 *   points than components, a rank above d, a component left with fewer than 2 points.
 * @example
 * ```ts
 * import { fitMixture, parseMixtureFit } from "@klsched/datasets";
 * const rows = Float64Array.of(0, 0.1, 1, 1.2, 10, 10.1, 11, 11.3);
 * const data = { label: "points", rows: 4, dimension: 2, quantizationStep: 0, labels: Uint8Array.of(0, 0, 1, 1), *batches() { yield rows; } };
 * fitMixture(data, parseMixtureFit("class:rank=1")).components.length; // 2
 * ```
 */
export function fitMixture(
  data: DataMatrix & { readonly labels?: Uint8Array },
  fit: MixtureFit,
  options: FitOptions = {},
): GaussianMixture {
  const { onProgress, argument = "mixture" } = options;
  const d = data.dimension;
  const spec = fit.kind === "class" ? `class:rank=${fit.rank}` : `kmeans:k=${fit.k},rank=${fit.rank}`;
  if (fit.rank > d) throw new InvalidArgumentError(argument, spec, `rank ${fit.rank} is above the data's dimension d=${d}`);
  if (fit.kind === "class" && data.labels === undefined)
    throw new InvalidArgumentError(argument, spec, `${data.label} has no labels; use kmeans:k=…`);
  if (fit.kind === "kmeans" && data.rows < fit.k)
    throw new InvalidArgumentError(argument, spec, `${data.label} has ${data.rows} points, fewer than the k=${fit.k} components`);
  const rows = readAllRows(data, (done, total) => onProgress?.("reading", done, total));
  const floor = varianceFloor(rows, data.rows, d, data.quantizationStep);
  const label = `${data.label}:${spec}`;
  const components =
    fit.kind === "class"
      ? classComponents(rows, data.rows, d, data.labels as Uint8Array, fit.rank, floor, argument, onProgress)
      : kmeansComponents(rows, data.rows, d, fit, floor, argument, onProgress);
  return createGaussianMixture(components, label);
}

function classComponents(
  rows: Float64Array,
  n: number,
  d: number,
  labels: Uint8Array,
  rank: number,
  floor: number,
  argument: string,
  onProgress: FitOptions["onProgress"],
): MixtureComponent[] {
  if (labels.length !== n) throw new InvalidArgumentError(argument, `${labels.length} labels`, `expected one per row (${n})`);
  const classes = [...new Set(labels)].sort((a, b) => a - b);
  return classes.map((label, k) => {
    onProgress?.("components", k, classes.length);
    const accumulator = new CovarianceAccumulator(d);
    let count = 0;
    for (let row = 0; row < n; row++) {
      if (labels[row] !== label) continue;
      accumulator.add(rows.subarray(row * d, (row + 1) * d));
      count++;
    }
    if (count < 2) throw new InvalidArgumentError(argument, `class ${label}`, `has ${count} point; a component needs at least 2`);
    const component = mixtureComponent(count / n, accumulator.mean(), accumulator.covariance(), rank, floor);
    onProgress?.("components", k + 1, classes.length);
    return component;
  });
}

function kmeansComponents(
  rows: Float64Array,
  n: number,
  d: number,
  fit: Extract<MixtureFit, { kind: "kmeans" }>,
  floor: number,
  argument: string,
  onProgress: FitOptions["onProgress"],
): MixtureComponent[] {
  const { k: K, rank } = fit;
  const assignment = kmeans(rows, n, d, K, fit.seed, (done, total) => onProgress?.("kmeans", done, total));
  const weights = Array.from({ length: K }, (_, k) => Float64Array.from(assignment, (a) => (a === k ? 1 : 0)));
  const fitAll = (stage: FitStage, step: number, steps: number) =>
    weights.map((w, k) => {
      onProgress?.(stage, step * K + k, steps * K);
      return weightedComponent(rows, d, w, n, rank, floor, `${argument} component ${k}`);
    });
  let components = fitAll("components", 0, 1);
  for (let iteration = 0; iteration < fit.iterations; iteration++) {
    responsibilities(rows, n, d, components, weights);
    components = fitAll("em", iteration, fit.iterations);
  }
  onProgress?.(fit.iterations > 0 ? "em" : "components", 1, 1);
  return components;
}

/** E-step: weights[k][row] = P(component k | row), cut to 0 below {@link RESPONSIBILITY_CUTOFF}. */
function responsibilities(
  rows: Float64Array,
  n: number,
  d: number,
  components: MixtureComponent[],
  weights: Float64Array[],
): void {
  const K = components.length;
  const projector = mixtureProjector(createGaussianMixture(components, "em"));
  const block = 256;
  const coordinates = new Float64Array(block * projector.width);
  const logJoint = new Float64Array(block * K);
  for (let first = 0; first < n; first += block) {
    const count = Math.min(block, n - first);
    projector.project(rows.subarray(first * d, (first + count) * d), count, { alpha: 1, sigma: 0 }, coordinates, logJoint);
    for (let s = 0; s < count; s++) {
      let top = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < K; k++) top = Math.max(top, logJoint[s * K + k] as number);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += Math.exp((logJoint[s * K + k] as number) - top);
      for (let k = 0; k < K; k++) {
        const r = Math.exp((logJoint[s * K + k] as number) - top) / sum;
        (weights[k] as Float64Array)[first + s] = r < RESPONSIBILITY_CUTOFF ? 0 : r;
      }
    }
  }
}

/**
 * k-means++ seeding (each next centre drawn with probability ∝ squared distance to the nearest one),
 * then Lloyd iterations; returns each row's cluster. An empty cluster is re-seeded at the point
 * farthest from its centre.
 */
export function kmeans(
  rows: Float64Array,
  n: number,
  d: number,
  K: number,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): Int32Array {
  const random = seededRandom(seed);
  const centres = new Float64Array(K * d);
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const assignment = new Int32Array(n);
  const distance = (row: number, k: number) => {
    let s = 0;
    for (let i = 0; i < d; i++) {
      const v = (rows[row * d + i] as number) - (centres[k * d + i] as number);
      s += v * v;
    }
    return s;
  };
  let pick = Math.min(n - 1, Math.floor(random.uniform() * n));
  for (let k = 0; k < K; k++) {
    centres.set(rows.subarray(pick * d, (pick + 1) * d), k * d);
    let total = 0;
    for (let row = 0; row < n; row++) {
      const dist = distance(row, k);
      if (dist < (nearest[row] as number)) {
        nearest[row] = dist;
        assignment[row] = k;
      }
      total += nearest[row] as number;
    }
    if (k + 1 === K) break;
    let target = random.uniform() * total;
    pick = n - 1;
    for (let row = 0; row < n; row++) {
      target -= nearest[row] as number;
      if (target <= 0 && (nearest[row] as number) > 0) {
        pick = row;
        break;
      }
    }
  }
  const counts = new Float64Array(K);
  for (let iteration = 0; iteration < LLOYD_ITERATIONS; iteration++) {
    onProgress?.(iteration, LLOYD_ITERATIONS);
    centres.fill(0);
    counts.fill(0);
    for (let row = 0; row < n; row++) {
      const k = assignment[row] as number;
      counts[k] = (counts[k] as number) + 1;
      for (let i = 0; i < d; i++) centres[k * d + i] = (centres[k * d + i] as number) + (rows[row * d + i] as number);
    }
    for (let k = 0; k < K; k++) {
      if (counts[k] === 0) continue;
      for (let i = 0; i < d; i++) centres[k * d + i] = (centres[k * d + i] as number) / (counts[k] as number);
    }
    let moved = 0;
    for (let row = 0; row < n; row++) {
      let best = 0;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (let k = 0; k < K; k++) {
        if (counts[k] === 0) continue;
        const dist = distance(row, k);
        if (dist < bestDistance) {
          bestDistance = dist;
          best = k;
        }
      }
      nearest[row] = bestDistance;
      if (best !== assignment[row]) moved++;
      assignment[row] = best;
    }
    for (let k = 0; k < K; k++) {
      if (counts[k] !== 0) continue;
      let far = 0;
      for (let row = 1; row < n; row++) if ((nearest[row] as number) > (nearest[far] as number)) far = row;
      assignment[far] = k;
      nearest[far] = 0;
      moved++;
    }
    if (moved === 0) break;
  }
  onProgress?.(LLOYD_ITERATIONS, LLOYD_ITERATIONS);
  return assignment;
}
