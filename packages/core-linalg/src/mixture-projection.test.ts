import { describe, expect, it } from "vitest";
import { mixtureLogDensities, mixtureProjector } from "./mixture-projection.js";
import { seededRandom } from "./seeded-random.js";
import { componentCovariance, denseLogNormal, randomMixture } from "./test-support/random-mixture.js";

describe("mixtureProjector", () => {
  const d = 7;
  for (const r of [3, 7]) {
    const mixture = randomMixture(d, 3, r, 5 + r);
    const n = 9;
    const { normal } = seededRandom(r);
    const x = Float64Array.from({ length: n * d }, () => 3 * normal());
    for (const level of [
      { alpha: 1, sigma: 0 },
      { alpha: 0.8, sigma: 0.6 },
      { alpha: 0, sigma: 1 },
      { alpha: 1, sigma: 30 },
    ]) {
      it(`project(x, α=${level.alpha}, σ=${level.sigma}) gives ln π_k N(x; αμ_k, α²Σ_k + σ²I) of a dense Cholesky to 1e-10 (r=${r})`, () => {
        const projector = mixtureProjector(mixture);
        const K = mixture.components.length;
        const coordinates = new Float64Array(n * projector.width);
        const logJoint = new Float64Array(n * K);
        projector.project(x, n, level, coordinates, logJoint);
        mixture.components.forEach((c, k) => {
          const cov = componentCovariance(c, d).map((v, i) => level.alpha ** 2 * v + (i % (d + 1) === 0 ? level.sigma ** 2 : 0));
          const m = c.mean.map((v) => level.alpha * v);
          for (let s = 0; s < n; s++) {
            const want = Math.log(c.weight) + denseLogNormal(x.subarray(s * d, (s + 1) * d), m, cov, d);
            expect(Math.abs((logJoint[s * K + k] as number) - want)).toBeLessThan(1e-10 * Math.max(1, Math.abs(want)));
            // the coordinates are u_kjᵀ(x − αμ_k)
            for (let j = 0; j < c.rank; j++) {
              let y = 0;
              for (let i = 0; i < d; i++)
                y += (c.basis[i * c.rank + j] as number) * ((x[s * d + i] as number) - (m[i] as number));
              expect(coordinates[s * projector.width + (projector.offsets[k] as number) + j]).toBeCloseTo(y, 11);
            }
          }
        });
      });
    }
  }

  it("mixtureLogDensities integrates to 1 on a one-dimensional two-component mixture (trapezoid on a fine grid)", () => {
    const mixture = randomMixture(1, 2, 1, 3);
    const grid = Float64Array.from({ length: 40001 }, (_, i) => -40 + i * 0.002);
    const logs = mixtureLogDensities(mixture, grid, grid.length);
    let integral = 0;
    for (let i = 0; i < grid.length; i++)
      integral += Math.exp(logs[i] as number) * (i === 0 || i === grid.length - 1 ? 0.001 : 0.002);
    expect(integral).toBeCloseTo(1, 8);
  });

  it("project refuses α = σ = 0 and a negative σ", () => {
    const projector = mixtureProjector(randomMixture(2, 1, 1, 1));
    const buffers = [new Float64Array(1), new Float64Array(1)] as const;
    expect(() => projector.project(new Float64Array(2), 1, { alpha: 0, sigma: 0 }, ...buffers)).toThrow(/^level=/);
    expect(() => projector.project(new Float64Array(2), 1, { alpha: 1, sigma: -1 }, ...buffers)).toThrow(/^level=/);
  });
});
