import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compensatedSum, type DataMatrix, InvalidArgumentError } from "@klsched/core-linalg";
import { afterAll, describe, expect, it } from "vitest";
import { decayingData } from "../../core-linalg/src/test-support/decaying-data.js";
import { measureSpectrum } from "./measure-spectrum.js";
import { openNpyData } from "./npy-data.js";
import { npyBytes } from "./test-support/npy-writer.js";
import { measureTopSpectrum } from "./top-spectrum.js";

const folder = mkdtempSync(join(tmpdir(), "klsched-top-k-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("measureTopSpectrum on a .npy file (d = 200, k = 20)", () => {
  const n = 900;
  const d = 200;
  const path = join(folder, "x.npy");
  writeFileSync(path, npyBytes(decayingData(n, d, { alpha: 1.2, seed: 8 }), [n, d]));
  const exact = measureSpectrum(openNpyData(path));

  it("measureTopSpectrum(openNpyData(x), { k: 20 }) has the exact covariance's top 20 to 1e-8 each and its trace to 1e-13", () => {
    let lastPass = 0;
    const top = measureTopSpectrum(openNpyData(path), { k: 20, onProgress: (pass) => (lastPass = Math.max(lastPass, pass)) });
    expect(top.method).toBe("top-k");
    expect([top.rows, top.dimension, top.k, top.tail]).toEqual([n, d, 20, "density"]);
    for (let i = 0; i < 20; i++) {
      expect(Math.abs((top.eigenvalues[i] as number) / (exact.eigenvalues[i] as number) - 1)).toBeLessThan(1e-8);
    }
    expect(Math.abs(top.trace / exact.trace - 1)).toBeLessThan(1e-13);
    expect(Math.abs(compensatedSum(top.eigenvalues) / exact.trace - 1)).toBeLessThan(1e-13);
    expect(Math.abs((top.topTrace + top.tailTrace) / top.trace - 1)).toBeLessThan(1e-15);
    expect(top.passes).toBe(lastPass);
    expect(top.converged).toBe(true);
  });

  it("measureTopSpectrum with tail flat gives the d − k directions equal shares of the remaining trace", () => {
    const top = measureTopSpectrum(openNpyData(path), { k: 20, tail: "flat" });
    const share = top.tailTrace / (d - 20);
    for (let i = 20; i < d; i++) expect(top.eigenvalues[i]).toBeCloseTo(share, 14);
  });
});

describe("measureTopSpectrum on quantised data", () => {
  it("measureTopSpectrum adds step²/12 to every eigenvalue and d·step²/12 to the trace, as measureSpectrum", () => {
    const d = 30;
    const rows = decayingData(200, d, { seed: 2 }).map((x) => Math.round(x * 64) / 64);
    const data: DataMatrix = {
      label: "quantised",
      rows: 200,
      dimension: d,
      quantizationStep: 1 / 64,
      batches: () => [rows],
    };
    const exact = measureSpectrum(data);
    const top = measureTopSpectrum(data, { k: 5 });
    expect(top.dequantization).toBe(exact.dequantization);
    for (let i = 0; i < 5; i++)
      expect(Math.abs((top.eigenvalues[i] as number) / (exact.eigenvalues[i] as number) - 1)).toBeLessThan(1e-9);
    expect(Math.abs(top.trace / exact.trace - 1)).toBeLessThan(1e-13);
  });

  it("measureTopSpectrum refuses k = 0, k = d and a fractional k with InvalidArgumentError (k)", () => {
    const data: DataMatrix = {
      label: "two",
      rows: 3,
      dimension: 2,
      quantizationStep: 0,
      batches: () => [Float64Array.of(1, 2, 3, 4, 5, 7)],
    };
    for (const k of [0, 2, 1.5]) {
      expect(() => measureTopSpectrum(data, { k })).toThrow(InvalidArgumentError);
      try {
        measureTopSpectrum(data, { k });
      } catch (error) {
        expect((error as InvalidArgumentError).argument).toBe("k");
      }
    }
  });
});
