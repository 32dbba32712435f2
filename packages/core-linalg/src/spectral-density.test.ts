import { describe, expect, it } from "vitest";
import type { SymmetricOperator } from "./block-krylov.js";
import { CovarianceAccumulator } from "./covariance-accumulator.js";
import { covarianceOperator } from "./covariance-operator.js";
import { densityQuantiles, spectralDensity } from "./spectral-density.js";
import { decayingData, inMemoryData } from "./test-support/decaying-data.js";
import { thrownArgumentError } from "./test-support/thrown.js";

function diagonalOperator(diagonal: Float64Array): SymmetricOperator {
  const d = diagonal.length;
  return { dimension: d, apply: (v) => v.map((x, i) => x * (diagonal[i % d] as number)) };
}

const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);

describe("spectralDensity (stochastic Lanczos quadrature)", () => {
  it("spectralDensity's weights sum to d, and its tr C is within 3 Hutchinson standard deviations of the exact trace", () => {
    const d = 400;
    const rows = decayingData(1200, d, { alpha: 1, seed: 3 });
    const exact = new CovarianceAccumulator(d).add(rows).eigenvalues();
    const operator = covarianceOperator(inMemoryData(rows, d));
    const density = spectralDensity(operator);
    expect(Math.abs(sum(density.weights) / d - 1)).toBeLessThan(1e-10);
    const estimate = density.nodes.reduce((total, node, j) => total + node * (density.weights[j] as number), 0);
    // Hutchinson with p Gaussian probes: variance 2·Σλ²/p (Avron & Toledo 2011)
    const deviation = Math.sqrt((2 * sum(Array.from(exact, (x) => x * x))) / 32);
    expect(Math.abs(estimate - operator.trace)).toBeLessThan(3 * deviation);
  });

  it("spectralDensity's quantiles follow the exact sample spectrum's tail: Σ log λ over ranks 41 … 400 within 2 %", () => {
    const d = 400;
    const rows = decayingData(1200, d, { alpha: 1, seed: 3 });
    const exact = new CovarianceAccumulator(d).add(rows).eigenvalues();
    const quantiles = densityQuantiles(spectralDensity(covarianceOperator(inMemoryData(rows, d))), 41, d);
    const exactLogs = sum(Array.from(exact.subarray(40), Math.log));
    const logs = sum(Array.from(quantiles, Math.log));
    expect(Math.abs(logs / exactLogs - 1)).toBeLessThan(0.02);
    // the extremes of the tail: Lanczos finds the smallest eigenvalue first
    expect(Math.abs((quantiles[quantiles.length - 1] as number) / (exact[d - 1] as number) - 1)).toBeLessThan(0.25);
  });

  it("spectralDensity of a two-valued operator puts its mass on the two values in proportion", () => {
    const diagonal = Float64Array.from({ length: 300 }, (_, i) => (i < 100 ? 5 : 1));
    const density = spectralDensity(diagonalOperator(diagonal), { probes: 64, steps: 6 });
    let high = 0;
    for (let j = 0; j < density.nodes.length; j++) {
      const node = density.nodes[j] as number;
      expect(Math.min(Math.abs(node - 5), Math.abs(node - 1))).toBeLessThan(1e-8);
      if (Math.abs(node - 5) < 1e-8) high += density.weights[j] as number;
    }
    expect(high / 300).toBeGreaterThan(0.25);
    expect(high / 300).toBeLessThan(0.42);
  });

  it("spectralDensity with the same seed repeats; steps above d are cut to d", () => {
    const operator = diagonalOperator(Float64Array.of(4, 3, 2, 1));
    const a = spectralDensity(operator, { probes: 3, steps: 10, seed: 2 });
    const b = spectralDensity(operator, { probes: 3, steps: 10, seed: 2 });
    expect(b.nodes).toEqual(a.nodes);
    expect(a.nodes.length).toBeLessThanOrEqual(12);
  });

  it("spectralDensity refuses probes 0, steps 0 and an operator returning NaN (InvalidArgumentError)", () => {
    const operator = diagonalOperator(Float64Array.of(1, 2));
    expect(thrownArgumentError(() => spectralDensity(operator, { probes: 0 })).argument).toBe("probes");
    expect(thrownArgumentError(() => spectralDensity(operator, { steps: 0 })).argument).toBe("steps");
    const nan: SymmetricOperator = { dimension: 2, apply: (v) => v.map(() => Number.NaN) };
    expect(thrownArgumentError(() => spectralDensity(nan)).argument).toBe("operator");
  });
});

describe("densityQuantiles", () => {
  it("densityQuantiles of atoms (3, weight 2) and (1, weight 2) gives 3, then log-linear steps, then 1", () => {
    const density = { dimension: 4, nodes: Float64Array.of(3, 1), weights: Float64Array.of(2, 2) };
    const q = densityQuantiles(density, 1, 4);
    expect(q[0]).toBeCloseTo(3, 14);
    expect(q[1]).toBeCloseTo(3 ** 0.75, 14);
    expect(q[2]).toBeCloseTo(3 ** 0.25, 14);
    expect(q[3]).toBeCloseTo(1, 14);
  });
});
