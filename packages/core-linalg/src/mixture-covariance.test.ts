import { describe, expect, it } from "vitest";
import { mixtureCovariance, mixtureMean, mixtureSpectrum } from "./mixture-covariance.js";
import { symmetricEigenvalues } from "./symmetric-eigenvalues.js";
import { componentCovariance, randomMixture } from "./test-support/random-mixture.js";

describe("mixtureCovariance", () => {
  const d = 6;
  const mixture = randomMixture(d, 4, 3, 2);

  it("mixtureCovariance equals E[xxᵀ] − μ̄μ̄ᵀ formed densely from the components to 1e-12", () => {
    const mean = mixtureMean(mixture);
    const want = new Float64Array(d * d);
    for (const c of mixture.components) {
      const cov = componentCovariance(c, d);
      for (let i = 0; i < d; i++)
        for (let j = 0; j < d; j++)
          want[i * d + j] =
            (want[i * d + j] as number) + c.weight * ((cov[i * d + j] as number) + (c.mean[i] as number) * (c.mean[j] as number));
    }
    for (let i = 0; i < d; i++)
      for (let j = 0; j < d; j++) want[i * d + j] = (want[i * d + j] as number) - (mean[i] as number) * (mean[j] as number);
    const got = mixtureCovariance(mixture);
    for (let i = 0; i < d * d; i++) expect(Math.abs((got[i] as number) - (want[i] as number))).toBeLessThan(1e-12 * 100);
  });

  it("mixtureSpectrum is the descending eigenvalues of mixtureCovariance, labelled with the mixture", () => {
    const spectrum = mixtureSpectrum(mixture);
    const want = symmetricEigenvalues(mixtureCovariance(mixture), d);
    expect(Array.from(spectrum.eigenvalues)).toEqual(Array.from(want));
    expect(spectrum.label).toBe(mixture.label);
  });
});
