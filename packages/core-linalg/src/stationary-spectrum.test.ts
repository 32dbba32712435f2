import { describe, expect, it } from "vitest";
import { CovarianceAccumulator } from "./covariance-accumulator.js";
import type { ImageShape } from "./data-matrix.js";
import { PowerSpectrumAccumulator } from "./stationary-spectrum.js";
import { symmetricEigenvalues } from "./symmetric-eigenvalues.js";
import { uniformArray } from "./test-support/random.js";

/**
 * Every cyclic shift of each of m random images (channels mixed by a random matrix, so that they are
 * correlated): a data set whose sample covariance is exactly shift-invariant and periodic.
 */
function allShifts(m: number, shape: ImageShape, seed: number): Float64Array {
  const { height: h, width: w, channels: c } = shape;
  const base = uniformArray(m * h * w * c, seed, -1, 1);
  const mixing = uniformArray(c * c, seed + 1, -1, 1);
  const d = h * w * c;
  const out = new Float64Array(m * h * w * d);
  let row = 0;
  for (let i = 0; i < m; i++) {
    for (let dy = 0; dy < h; dy++) {
      for (let dx = 0; dx < w; dx++, row++) {
        for (let y = 0; y < h; y++) {
          for (let x = 0; x < w; x++) {
            const from = i * d + (((y + dy) % h) * w + ((x + dx) % w)) * c;
            for (let ch = 0; ch < c; ch++) {
              let v = 0;
              for (let e = 0; e < c; e++) v += mixing[ch * c + e]! * base[from + e]!;
              out[row * d + (y * w + x) * c + ch] = v;
            }
          }
        }
      }
    }
  }
  return out;
}

describe("PowerSpectrumAccumulator", () => {
  for (const shape of [
    { height: 4, width: 6, channels: 1 },
    { height: 5, width: 3, channels: 3 },
    { height: 8, width: 8, channels: 2 },
  ]) {
    const { height, width, channels } = shape;
    it(`on a shift-invariant data set of ${height}×${width}×${channels} images it equals the exact eigenvalues to 1e-12`, () => {
      const data = allShifts(7, shape, height * 10 + channels);
      const d = height * width * channels;
      const exact = symmetricEigenvalues(new CovarianceAccumulator(d).add(data).covariance(), d);
      const stationary = new PowerSpectrumAccumulator(shape).add(data).eigenvalues();
      expect(stationary.length).toBe(d);
      stationary.forEach((value, k) => {
        expect(Math.abs(value - exact[k]!) / exact[0]!).toBeLessThan(1e-12);
      });
    });
  }

  /** Rows HWC → CHW: the same images, channels first (an n × C × H × W tensor). */
  function channelsFirst(data: Float64Array, shape: ImageShape): Float64Array {
    const { height: h, width: w, channels: c } = shape;
    const d = h * w * c;
    const out = new Float64Array(data.length);
    for (let row = 0; row < data.length / d; row++) {
      for (let p = 0; p < h * w; p++) for (let ch = 0; ch < c; ch++) out[row * d + ch * h * w + p] = data[row * d + p * c + ch]!;
    }
    return out;
  }

  for (const channels of [3, 4]) {
    it(`on shift-invariant 16×16 latents with ${channels} correlated channels, laid out n × C × H × W, it equals the exact eigenvalues to 1e-10`, () => {
      const shape = { height: 16, width: 16, channels };
      const data = channelsFirst(allShifts(3, shape, 30 + channels), shape);
      const d = 256 * channels;
      const exact = symmetricEigenvalues(new CovarianceAccumulator(d).add(data).covariance(), d);
      const stationary = new PowerSpectrumAccumulator({ ...shape, layout: "chw" }).add(data).eigenvalues();
      expect(stationary.length).toBe(d);
      let worst = 0;
      stationary.forEach((value, k) => {
        worst = Math.max(worst, Math.abs(value - exact[k]!) / exact[0]!);
      });
      expect(worst).toBeLessThan(1e-10);
    });
  }

  it("the same images in layout chw or hwc give the same eigenvalues to 1e-13, on data that is not stationary", () => {
    const shape = { height: 6, width: 5, channels: 4 };
    const d = 6 * 5 * 4;
    const data = uniformArray(40 * d, 12, -1, 1).map((x, i) => x * (1 + (i % 7)));
    const hwc = new PowerSpectrumAccumulator(shape).add(data).eigenvalues();
    const chw = new PowerSpectrumAccumulator({ ...shape, layout: "chw" }).add(channelsFirst(data, shape)).eigenvalues();
    hwc.forEach((value, k) => {
      expect(Math.abs(value - chw[k]!) / hwc[0]!).toBeLessThan(1e-13);
    });
  });

  it("its eigenvalues sum to the exact covariance's trace (Parseval) on data that is not stationary", () => {
    const shape = { height: 7, width: 5, channels: 3 };
    const d = 7 * 5 * 3;
    const data = uniformArray(200 * d, 5, 0, 1).map((x, i) => x * (1 + (i % d) / 10) + 3);
    const trace = new CovarianceAccumulator(d).add(data).varianceSum();
    const sum = new PowerSpectrumAccumulator(shape)
      .add(data)
      .eigenvalues()
      .reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - trace) / trace).toBeLessThan(1e-12);
  });

  for (const shape of [
    { height: 6, width: 7, channels: 1 },
    { height: 5, width: 4, channels: 3, layout: "chw" as const },
  ]) {
    it(`adding ${shape.channels}-channel images in batches or all at once gives the same eigenvalues, bit for bit`, () => {
      const d = shape.height * shape.width * shape.channels;
      const data = uniformArray(90 * d, 9, -1, 1);
      const once = new PowerSpectrumAccumulator(shape).add(data).eigenvalues();
      const batched = new PowerSpectrumAccumulator(shape);
      for (let start = 0; start < data.length; start += 13 * d) batched.add(data.subarray(start, start + 13 * d));
      expect(batched.count).toBe(90);
      expect(batched.eigenvalues()).toEqual(once);
    });
  }

  it("refuses a batch that is not whole images, a non-finite pixel and fewer than 2 images", () => {
    const shape = { height: 2, width: 2, channels: 1 };
    expect(() => new PowerSpectrumAccumulator(shape).add(new Float64Array(5))).toThrow(/whole number of images/);
    expect(() => new PowerSpectrumAccumulator(shape).add(new Float64Array([0, 1, Number.NaN, 0]))).toThrow(/batch\[0\]\[2\]/);
    expect(() => new PowerSpectrumAccumulator(shape).add(new Float64Array(4)).eigenvalues()).toThrow(/at least 2 rows/);
    expect(() => new PowerSpectrumAccumulator({ height: 0, width: 2, channels: 1 })).toThrow(/height=0/);
    expect(() => new PowerSpectrumAccumulator({ height: 128, width: 128, channels: 65 })).toThrow(
      /channels=65: exceeds the limit 64 \(the cross-spectral matrices hold H·W·C² complex values \(at most 1 GiB\)\)/,
    );
    // @ts-expect-error: a layout the type does not allow, as from JavaScript
    expect(() => new PowerSpectrumAccumulator({ height: 2, width: 2, channels: 1, layout: "whc" })).toThrow(/layout="?whc/);
  });
});
