import { describe, expect, it } from "vitest";
import { createGaussianMixture, mixtureComponent } from "./gaussian-mixture.js";
import { seededRandom } from "./seeded-random.js";
import { componentCovariance, randomCovariance } from "./test-support/random-mixture.js";

describe("mixtureComponent", () => {
  const d = 6;
  const { normal } = seededRandom(11);
  const covariance = randomCovariance(d, normal);
  const mean = Float64Array.from({ length: d }, normal);

  it("mixtureComponent(…, rank d, floor 0) rebuilds the covariance to 1e-12", () => {
    const c = mixtureComponent(1, mean, covariance, d, 0);
    const rebuilt = componentCovariance(c, d);
    for (let i = 0; i < d * d; i++) expect(Math.abs((rebuilt[i] as number) - (covariance[i] as number))).toBeLessThan(1e-12);
    expect(c.remainder).toBe(0);
  });

  it("mixtureComponent(…, rank 2, floor f) keeps the top two eigenvalues plus f and the trace plus d·f", () => {
    const f = 0.01;
    const full = mixtureComponent(1, mean, covariance, d, 0);
    const c = mixtureComponent(1, mean, covariance, 2, f);
    expect(c.eigenvalues[0]).toBeCloseTo((full.eigenvalues[0] as number) + f, 12);
    expect(c.eigenvalues[1]).toBeCloseTo((full.eigenvalues[1] as number) + f, 12);
    let trace = 0;
    for (let i = 0; i < d; i++) trace += covariance[i * d + i] as number;
    const kept = (c.eigenvalues[0] as number) + (c.eigenvalues[1] as number);
    expect(kept + (d - 2) * c.remainder).toBeCloseTo(trace + d * f, 11);
  });

  it("mixtureComponent refuses rank 0 and rank d + 1, and a singular covariance with no floor", () => {
    expect(() => mixtureComponent(1, mean, covariance, 0, 0)).toThrow(/^rank=0/);
    expect(() => mixtureComponent(1, mean, covariance, d + 1, 0)).toThrow(/^rank=7/);
    expect(() => mixtureComponent(1, Float64Array.of(0, 0), Float64Array.of(1, 0, 0, 0), 2, 0)).toThrow(/not positive/);
  });
});

describe("createGaussianMixture", () => {
  const point = (weight: number, x: number) => ({
    weight,
    mean: Float64Array.of(x, 0),
    rank: 1,
    basis: Float64Array.of(1, 0),
    eigenvalues: Float64Array.of(1),
    remainder: 0.5,
  });

  it("createGaussianMixture keeps valid components, weights summing to 1", () => {
    const m = createGaussianMixture([point(0.25, 0), point(0.75, 1)], "two");
    expect(m.dimension).toBe(2);
    expect(m.components.map((c) => c.weight)).toEqual([0.25, 0.75]);
  });

  it("createGaussianMixture names the field that is wrong", () => {
    expect(() => createGaussianMixture([], "none")).toThrow(/^components=/);
    expect(() => createGaussianMixture([point(0.5, 0)], "half")).toThrow(/^weights=0.5/);
    expect(() => createGaussianMixture([point(1, Number.NaN)], "nan")).toThrow(/components\[0\]\.mean\[0\]=NaN/);
    expect(() => createGaussianMixture([{ ...point(1, 0), basis: Float64Array.of(1, 1) }], "skew")).toThrow(/orthonormal/);
    expect(() => createGaussianMixture([{ ...point(1, 0), remainder: 0 }], "flat")).toThrow(/remainder=0/);
    expect(() => createGaussianMixture([{ ...point(1, 0), eigenvalues: Float64Array.of(-1) }], "neg")).toThrow(
      /eigenvalues\[0\]=-1/,
    );
  });
});
