import { describe, expect, it } from "vitest";
import { spectrumFromCsv, spectrumFromJson } from "./spectrum-files.js";
import { symmetricEigenvalues } from "./symmetric-eigenvalues.js";

describe("text spectra", () => {
  it("spectrumFromJson reads a bare array and an {eigenvalues} object", () => {
    expect(Array.from(spectrumFromJson("[1, 3, 2]").eigenvalues)).toEqual([3, 2, 1]);
    expect(Array.from(spectrumFromJson('{"eigenvalues": [4, 5]}').eigenvalues)).toEqual([5, 4]);
  });

  it("spectrumFromJson rejects malformed JSON, non-numbers and non-positive values", () => {
    expect(() => spectrumFromJson("[1, 2")).toThrow(/malformed JSON/);
    expect(() => spectrumFromJson('[1, "2"]')).toThrow(/\[1\]/);
    expect(() => spectrumFromJson('{"values": [1]}')).toThrow(/eigenvalues/);
    expect(() => spectrumFromJson("[1, 0]")).toThrow(/eigenvalue #1 is 0/);
  });

  it("spectrumFromCsv reads one number per line, skipping blanks and comments, and names a bad line", () => {
    expect(Array.from(spectrumFromCsv("# eigenvalues\n2\n\n1e-3\r\n0.5\n").eigenvalues)).toEqual([2, 0.5, 1e-3]);
    expect(() => spectrumFromCsv("1\nabc\n")).toThrow(/line 2/);
    expect(() => spectrumFromCsv("1\nNaN\n")).toThrow(/line 2/);
  });

  it("spectrumFromCsv refuses a line with several values or a decimal comma instead of keeping the first value", () => {
    expect(() => spectrumFromCsv("3,2,1\n")).toThrow(
      /csv line 1="3,2,1": expected one number per line \(one number per line; a line holds several values\)/,
    );
    expect(() => spectrumFromCsv("3;2;1\n")).toThrow(/line 1/);
    expect(() => spectrumFromCsv("3 2 1\n")).toThrow(/line 1/);
    expect(() => spectrumFromCsv("1e-3,extra\n")).toThrow(/line 1/);
    expect(() => spectrumFromCsv("eigenvalue\n1\n")).toThrow(/line 1/);
    expect(() => spectrumFromCsv("1,5\n")).toThrow(/a decimal comma\? write the number with a point/);
  });

  it("spectrumFromCsv reads CR-only line ends as line ends (3\\r2\\r1 is three eigenvalues)", () => {
    expect(Array.from(spectrumFromCsv("3\r2\r1").eigenvalues)).toEqual([3, 2, 1]);
  });
});

describe("symmetricEigenvalues", () => {
  it("symmetricEigenvalues of a rotated diagonal matrix returns the diagonal, descending", () => {
    const c = Math.cos(0.7);
    const s = Math.sin(0.7);
    const d = [5, 0.25];
    // R diag(d) Rᵀ with R a rotation by 0.7 rad
    const m = new Float64Array([
      c * c * d[0]! + s * s * d[1]!,
      c * s * (d[0]! - d[1]!),
      c * s * (d[0]! - d[1]!),
      s * s * d[0]! + c * c * d[1]!,
    ]);
    const e = symmetricEigenvalues(m, 2);
    expect(e[0]).toBeCloseTo(5, 13);
    expect(e[1]).toBeCloseTo(0.25, 13);
  });

  it("symmetricEigenvalues rejects an asymmetric matrix", () => {
    expect(() => symmetricEigenvalues(new Float64Array([1, 2, 3, 4]), 2)).toThrow(/not symmetric/);
  });
});
