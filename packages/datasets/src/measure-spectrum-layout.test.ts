import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataMatrix } from "@klsched/core-linalg";
import { afterAll, describe, expect, it } from "vitest";
import { measureSpectrum } from "./measure-spectrum.js";
import { openNpyData } from "./npy-data.js";
import { npyBytes } from "./test-support/npy-writer.js";
import { uniformArray } from "./test-support/random.js";

const dir = mkdtempSync(join(tmpdir(), "klsched-layout-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An in-memory n × d data matrix. */
function matrix(values: Float64Array, d: number, extra: Partial<DataMatrix> = {}): DataMatrix {
  return {
    label: "latents",
    rows: values.length / d,
    dimension: d,
    quantizationStep: 0,
    *batches(batchRows) {
      for (let start = 0; start < values.length; start += batchRows * d) yield values.slice(start, start + batchRows * d);
    },
    ...extra,
  };
}

/**
 * Every cyclic shift of m random C × H × W latents (channels mixed, so correlated), channels first: a data
 * set whose sample covariance is exactly shift-invariant, each channel pair's block circulant.
 */
function shiftedLatents(m: number, c: number, h: number, w: number, seed: number): Float64Array {
  const base = uniformArray(m * c * h * w, seed, -1, 1);
  const mixing = uniformArray(c * c, seed + 1, -1, 1);
  const d = c * h * w;
  const out = new Float64Array(m * h * w * d);
  let row = 0;
  for (let i = 0; i < m; i++) {
    for (let dy = 0; dy < h; dy++) {
      for (let dx = 0; dx < w; dx++, row++) {
        for (let ch = 0; ch < c; ch++) {
          for (let y = 0; y < h; y++) {
            for (let x = 0; x < w; x++) {
              const at = ((y + dy) % h) * w + ((x + dx) % w);
              let v = 0;
              for (let e = 0; e < c; e++) v += mixing[ch * c + e]! * base[i * d + e * h * w + at]!;
              out[row * d + ch * h * w + y * w + x] = v;
            }
          }
        }
      }
    }
  }
  return out;
}

describe("measureSpectrum with a channel layout", () => {
  const [c, h, w] = [3, 4, 5];
  const d = c * h * w;
  const values = shiftedLatents(4, c, h, w, 21);

  it("measureSpectrum(…, { method: 'stationary', layout }) of shift-invariant latents equals the exact eigenvalues to 1e-12", () => {
    const exact = measureSpectrum(matrix(values, d)).eigenvalues;
    const stationary = measureSpectrum(matrix(values, d), { method: "stationary", layout: { channels: c, height: h, width: w } });
    expect(stationary.image).toEqual({ channels: c, height: h, width: w, layout: "chw" });
    stationary.eigenvalues.forEach((value, k) => {
      expect(Math.abs(value - exact[k]!) / exact[0]!).toBeLessThan(1e-12);
    });
  });

  it("a 4-D n × C × H × W .npy needs no layout, and gives what the 2-D file with the layout gives", () => {
    writeFileSync(join(dir, "4d.npy"), npyBytes(values, [values.length / d, c, h, w], { descr: "<f4" }));
    writeFileSync(join(dir, "2d.npy"), npyBytes(values, [values.length / d, d], { descr: "<f4" }));
    const fourD = measureSpectrum(openNpyData(join(dir, "4d.npy")), { method: "stationary" });
    const twoD = measureSpectrum(openNpyData(join(dir, "2d.npy")), {
      method: "stationary",
      layout: { channels: c, height: h, width: w },
    });
    expect(fourD.image).toEqual(twoD.image);
    expect(fourD.eigenvalues).toEqual(twoD.eigenvalues);
    expect(fourD.trace).toBeCloseTo(measureSpectrum(openNpyData(join(dir, "4d.npy"))).trace, 12);
  });

  it("refuses a layout whose size is not d, non-positive entries, a layout for images, and no layout at all", () => {
    const data = matrix(values, d);
    const stationary = "stationary" as const;
    expect(() => measureSpectrum(data, { method: stationary, layout: { channels: 4, height: 4, width: 5 } })).toThrow(
      /layout="4,4,5".*4×4×5 = 80 values per row, but latents has d = 60/,
    );
    expect(() => measureSpectrum(data, { method: stationary, layout: { channels: 0, height: 4, width: 15 } })).toThrow(
      /positive integers/,
    );
    expect(() => measureSpectrum(data, { layout: { channels: -3, height: -4, width: 5 } })).toThrow(/positive integers/);
    const images = matrix(values, d, { image: { height: 4, width: 5, channels: 3 } });
    expect(() => measureSpectrum(images, { layout: { channels: 3, height: 4, width: 5 } })).toThrow(/is images/);
    expect(() => measureSpectrum(data, { method: stationary })).toThrow(/needs images or rows of channels × height × width/);
  });
});
