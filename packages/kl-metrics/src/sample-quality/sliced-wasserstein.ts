import { InvalidArgumentError, rightMultiplier, seededRandom } from "@klsched/core-linalg";

/**
 * The sliced squared 2-Wasserstein distance between two sample sets of equal size n (Rabin, Peyré,
 * Delon & Bernot 2011; Bonneel et al. 2015): the mean over L random unit directions θ of the 1-D
 * W₂²(θᵀA, θᵀB), which for equal sizes is the mean squared difference of the sorted projections.
 * The directions are drawn once from `seed` (uniform on the sphere: normalised standard normals), so
 * every sample set measured against the same reference uses the same directions.
 *
 * @throws InvalidArgumentError when L or n is not a positive integer, or a set's size is not n.
 * @example
 * ```ts
 * import { slicedWassersteinReference } from "@klsched/kl-metrics";
 * const distance = slicedWassersteinReference(Float64Array.of(0, 0, 1, 1), 2, 2, 16, 1);
 * distance(Float64Array.of(0, 0, 1, 1)); // 0
 * ```
 */
export function slicedWassersteinReference(
  reference: Float64Array,
  n: number,
  d: number,
  directions: number,
  seed: number,
): (samples: Float64Array, indices?: Int32Array, referenceIndices?: Int32Array) => number {
  if (!(Number.isInteger(directions) && directions >= 1))
    throw new InvalidArgumentError("directions", directions, "expected a positive integer");
  if (!(Number.isInteger(n) && n >= 1)) throw new InvalidArgumentError("n", n, "expected a positive integer");
  const { normal } = seededRandom(seed);
  const theta = new Float64Array(d * directions); // d × L, column l is θ_l
  for (let l = 0; l < directions; l++) {
    let norm = 0;
    for (let i = 0; i < d; i++) {
      const v = normal();
      theta[i * directions + l] = v;
      norm += v * v;
    }
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < d; i++) theta[i * directions + l] = (theta[i * directions + l] as number) * scale;
  }
  const project = rightMultiplier(theta, d, directions);
  const referenceProjections = project.multiply(reference, n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  return (samples, indices, referenceIndices) => {
    if (samples.length < n * d) throw new InvalidArgumentError("samples", `${samples.length / d} rows`, `expected n=${n}`);
    const projections = project.multiply(samples, n);
    let total = 0;
    for (let l = 0; l < directions; l++) {
      for (let s = 0; s < n; s++) {
        a[s] = referenceProjections[
          (referenceIndices === undefined ? s : (referenceIndices[s] as number)) * directions + l
        ] as number;
        b[s] = projections[(indices === undefined ? s : (indices[s] as number)) * directions + l] as number;
      }
      a.sort();
      b.sort();
      let sum = 0;
      for (let s = 0; s < n; s++) sum += ((a[s] as number) - (b[s] as number)) ** 2;
      total += sum / n;
    }
    return total / directions;
  };
}
