import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { accumulateCovariance, CovarianceAccumulator } from "@klsched/core-linalg";
import { afterAll, describe, expect, it } from "vitest";
import { openNpyData } from "./npy-data.js";
import { npyBytes } from "./test-support/npy-writer.js";
import { uniformArray } from "./test-support/random.js";

const folder = mkdtempSync(join(tmpdir(), "klsched-npy-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes a `.npy` file into the test folder and returns its path. */
function save(name: string, values: ArrayLike<number>, shape: readonly number[], options = {}): string {
  const path = join(folder, name);
  writeFileSync(path, npyBytes(values, shape, options));
  return path;
}

/** n × d values that float32 holds exactly (multiples of 2⁻¹⁰ in [−4, 4)), so float32 and float64 files agree. */
function exactData(n: number, d: number, seed: number): Float64Array {
  return uniformArray(n * d, seed, -4, 4).map((x) => Math.round(x * 1024) / 1024);
}

describe("openNpyData", () => {
  const n = 700;
  const d = 9;
  const data = exactData(n, d, 11);
  const reference = new CovarianceAccumulator(d).add(data).covariance();

  it("openNpyData reads float32 C order and float64 Fortran order to the same covariance", () => {
    const c32 = openNpyData(save("c32.npy", data, [n, d], { descr: "<f4" }));
    const f64 = openNpyData(save("f64.npy", data, [n, d], { descr: "<f8", fortran: true }));
    expect([c32.rows, c32.dimension, f64.rows, f64.dimension]).toEqual([n, d, n, d]);
    expect(accumulateCovariance(c32).covariance()).toEqual(reference);
    expect(accumulateCovariance(f64, { batchRows: 64 }).covariance()).toEqual(reference);
  });

  it("openNpyData reads big-endian data and every batch size to the same rows", () => {
    for (const descr of [">f8", ">f4"]) {
      for (const fortran of [false, true]) {
        const source = openNpyData(save(`big-${descr.slice(1)}-${fortran}.npy`, data, [n, d], { descr, fortran }));
        const rows = Float64Array.from([...source.batches(97)].flatMap((b) => Array.from(b)));
        expect(rows).toEqual(data);
      }
    }
  });

  it("openNpyData flattens trailing dimensions in C order, as X.reshape(len(X), -1)", () => {
    const images = exactData(5, 12, 3);
    for (const fortran of [false, true]) {
      const source = openNpyData(save(`images-${fortran}.npy`, images, [5, 3, 4], { fortran }));
      expect(source.dimension).toBe(12);
      expect(Float64Array.from([...source.batches(2)].flatMap((b) => Array.from(b)))).toEqual(images);
    }
  });

  it("openNpyData reports progress row by row through accumulateCovariance", () => {
    const seen: [number, number][] = [];
    accumulateCovariance(openNpyData(save("progress.npy", data, [n, d])), {
      batchRows: 256,
      onProgress: (a, b) => seen.push([a, b]),
    });
    expect(seen).toEqual([
      [0, n],
      [256, n],
      [512, n],
      [n, n],
    ]);
  });

  it("openNpyData rejects a 1-D array, integer, string and object dtypes, one row, truncated data and a missing file", () => {
    expect(() => openNpyData(save("vector.npy", [1, 2, 3], [3]))).toThrow(/1-D array of shape \(3\) is not a data matrix/);
    expect(() => openNpyData(save("ints.npy", [1, 2, 3, 4], [2, 2], { descr: "<i8" }))).toThrow(
      /unsupported dtype '<i8': integer \(expected float32 or float64/,
    );
    expect(() => openNpyData(save("strings.npy", [], [2, 2], { descr: "<U3" }))).toThrow(/'<U3': non-numeric/);
    expect(() => openNpyData(save("ragged.npy", [], [2], { descr: "|O" }))).toThrow(/'\|O': an object array \(ragged rows/);
    expect(() => openNpyData(save("one.npy", [1, 2], [1, 2]))).toThrow(/at least 2 rows/);
    const whole = npyBytes(data, [n, d]);
    writeFileSync(join(folder, "cut.npy"), whole.subarray(0, whole.length - 8));
    expect(() => openNpyData(join(folder, "cut.npy"))).toThrow(/truncated data/);
    expect(() => openNpyData(join(folder, "absent.npy"))).toThrow(/cannot read file \(ENOENT\)/);
    writeFileSync(join(folder, "text.npy"), "1,2,3\n");
    expect(() => openNpyData(join(folder, "text.npy"))).toThrow(/not a .npy file/);
  });

  it("openNpyData names the row and column of a NaN or an infinity, whatever the memory order", () => {
    const bad = data.slice();
    bad[300 * d + 4] = Number.NaN;
    for (const fortran of [false, true]) {
      const source = openNpyData(save(`nan-${fortran}.npy`, bad, [n, d], { fortran }));
      expect(() => accumulateCovariance(source)).toThrow(/row 300, column 4 is NaN/);
    }
    bad[300 * d + 4] = Number.POSITIVE_INFINITY;
    const source = openNpyData(save("inf.npy", bad, [n, d], { descr: "<f4" }));
    expect(() => accumulateCovariance(source)).toThrow(/npy=".*inf\.npy": row 300, column 4 is Infinity/);
  });
});
