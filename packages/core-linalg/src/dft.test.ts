import { describe, expect, it } from "vitest";
import { createDft, createDft2d } from "./dft.js";
import { uniformArray } from "./test-support/random.js";

/** The DFT by its definition, X_k = Σⱼ xⱼ e^(−2πi·jk/n), interleaved complex. */
function naiveDft(input: Float64Array): Float64Array {
  const n = input.length / 2;
  const out = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    for (let j = 0; j < n; j++) {
      const angle = (-2 * Math.PI * ((j * k) % n)) / n;
      out[2 * k]! += input[2 * j]! * Math.cos(angle) - input[2 * j + 1]! * Math.sin(angle);
      out[2 * k + 1]! += input[2 * j]! * Math.sin(angle) + input[2 * j + 1]! * Math.cos(angle);
    }
  }
  return out;
}

/** max |x − y| / max |y|. */
function relativeError(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let error = 0;
  let scale = 0;
  for (let i = 0; i < y.length; i++) {
    error = Math.max(error, Math.abs(x[i]! - y[i]!));
    scale = Math.max(scale, Math.abs(y[i]!));
  }
  return error / scale;
}

describe("createDft", () => {
  for (const n of [1, 2, 3, 4, 5, 7, 8, 28, 64, 100, 257]) {
    it(`createDft(${n}) equals the DFT's definition to 1e-13`, () => {
      const input = uniformArray(2 * n, n, -1, 1);
      const out = new Float64Array(2 * n);
      createDft(n).transform(out, input);
      expect(relativeError(out, naiveDft(input))).toBeLessThan(1e-13);
    });
  }

  it("createDft rejects a length that is not a positive integer", () => {
    expect(() => createDft(0)).toThrow(/n=0/);
    expect(() => createDft(2.5)).toThrow(/positive integer/);
  });
});

describe("createDft2d", () => {
  it("createDft2d(5, 6) on one channel of an interleaved image equals the 2-D DFT's definition", () => {
    const [h, w, channels] = [5, 6, 3];
    const image = uniformArray(h * w * channels, 7, -1, 1);
    const out = new Float64Array(2 * h * w);
    createDft2d(h, w).transform(out, image, 1, channels);
    for (let ky = 0; ky < h; ky++) {
      for (let kx = 0; kx < w; kx++) {
        let re = 0;
        let im = 0;
        for (let y = 0; y < h; y++) {
          for (let x = 0; x < w; x++) {
            const angle = -2 * Math.PI * ((ky * y) / h + (kx * x) / w);
            re += image[(y * w + x) * channels + 1]! * Math.cos(angle);
            im += image[(y * w + x) * channels + 1]! * Math.sin(angle);
          }
        }
        expect(out[2 * (ky * w + kx)]).toBeCloseTo(re, 12);
        expect(out[2 * (ky * w + kx) + 1]).toBeCloseTo(im, 12);
      }
    }
  });

  it("createDft2d(6, 5).transformComplex of channels a + i·b equals transform(a) + i·transform(b) to 1e-14", () => {
    const [h, w, channels] = [6, 5, 3];
    const image = uniformArray(h * w * channels, 8, -1, 1);
    const dft = createDft2d(h, w);
    const [a, b, z] = [new Float64Array(2 * h * w), new Float64Array(2 * h * w), new Float64Array(2 * h * w)];
    dft.transform(a, image, 0, channels);
    dft.transform(b, image, 2, channels);
    dft.transformComplex(z, image, 0, 2, channels);
    const expected = new Float64Array(2 * h * w);
    for (let k = 0; k < h * w; k++) {
      expected[2 * k] = a[2 * k]! - b[2 * k + 1]!;
      expected[2 * k + 1] = a[2 * k + 1]! + b[2 * k]!;
    }
    expect(relativeError(z, expected)).toBeLessThan(1e-14);
  });
});
