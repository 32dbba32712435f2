import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeNpy } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import { isSpectrumPath, loadSpectrum } from "./load-spectrum.js";

describe("loadSpectrum", () => {
  const dir = mkdtempSync(join(tmpdir(), "klsched-spectrum-"));

  it("loadSpectrum reads .npy, .json, .csv and .txt files and built-in specs", () => {
    writeFileSync(join(dir, "a.npy"), encodeNpy([1, 2]));
    writeFileSync(join(dir, "a.json"), "[1, 2]");
    writeFileSync(join(dir, "a.csv"), "1\n2\n");
    writeFileSync(join(dir, "a.txt"), "2\n1\n");
    for (const name of ["a.npy", "a.json", "a.csv", "a.txt"]) {
      expect(Array.from(loadSpectrum(join(dir, name)).eigenvalues)).toEqual([2, 1]);
    }
    expect(loadSpectrum("isotropic:d=2,lambda=3").eigenvalues).toEqual(new Float64Array([3, 3]));
    expect(isSpectrumPath("geometric:d=3,min=1e-4,max=10")).toBe(false);
  });

  it("loadSpectrum reports a missing file and an unknown extension with the path", () => {
    expect(() => loadSpectrum(join(dir, "missing.npy"))).toThrow(/cannot read file \(ENOENT\)/);
    expect(() => loadSpectrum(join(dir, "a.xyz"))).toThrow(/unknown file type/);
  });
});
