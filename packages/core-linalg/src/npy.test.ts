import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fixture from "./fixtures/npy.json" with { type: "json" };
import { encodeNpy, parseNpy } from "./npy.js";
import { spectrumFromNpy } from "./spectrum-files.js";

const file = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

describe("parseNpy", () => {
  it("parseNpy reads numpy's own little-endian float64 file", () => {
    const { shape, data } = parseNpy(file("eig-f8.npy"));
    expect(shape).toEqual([4]);
    expect(Array.from(data)).toEqual(fixture.eig);
  });

  it("parseNpy reads big-endian float32", () => {
    expect(Array.from(parseNpy(file("eig-f4-big.npy")).data)).toEqual(fixture.eigF4);
  });

  it("parseNpy transposes Fortran-ordered 2-D data into C order", () => {
    const { shape, data } = parseNpy(file("matrix-f8-fortran.npy"));
    expect(shape).toEqual([3, 4]);
    expect(Array.from(data)).toEqual(fixture.matrix.flat());
  });

  it("parseNpy rejects integer dtypes, bad magic and truncated data with one-line reasons", () => {
    expect(() => parseNpy(file("ints.npy"))).toThrow(/unsupported dtype '<i8'/);
    expect(() => parseNpy(new TextEncoder().encode("not a numpy file"))).toThrow(/bad magic/);
    const whole = file("eig-f8.npy");
    expect(() => parseNpy(whole.subarray(0, whole.length - 3))).toThrow(/truncated data/);
  });

  it("encodeNpy output parses back to the same values and is 64-byte aligned", () => {
    const values = [1, 2.5, 1e-300, 7];
    const bytes = encodeNpy(values);
    expect((bytes.length - values.length * 8) % 64).toBe(0);
    expect(Array.from(parseNpy(bytes).data)).toEqual(values);
  });
});

describe("spectrumFromNpy", () => {
  it("a 2-D covariance is reduced to numpy's eigvalsh eigenvalues to 1e-12 relative", () => {
    const { eigenvalues } = spectrumFromNpy(file("cov-6.npy"));
    const want = fixture.covEigenvalues;
    want.forEach((w, i) => {
      expect(Math.abs((eigenvalues[i] as number) - w) / (want[0] as number)).toBeLessThan(1e-12);
    });
  });

  it("a non-square 2-D array is rejected", () => {
    expect(() => spectrumFromNpy(file("matrix-f8-fortran.npy"))).toThrow(/square/);
  });
});

describe("encodeNpy with a shape", () => {
  it("encodeNpy(values, shape) round-trips scalars and matrices through parseNpy, and refuses a shape that does not fit", () => {
    expect(parseNpy(encodeNpy([2.5], []))).toEqual({ shape: [], data: Float64Array.of(2.5) });
    expect(parseNpy(encodeNpy([1, 2, 3, 4, 5, 6], [2, 3]))).toEqual({ shape: [2, 3], data: Float64Array.of(1, 2, 3, 4, 5, 6) });
    expect(() => encodeNpy([1, 2, 3], [2, 2])).toThrow(/shape="\(2, 2\)": does not hold the 3 values given/);
  });
});
