import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CorruptFileError, CovarianceAccumulator, type DataMatrix, encodeNpy, parseNpy } from "@klsched/core-linalg";
import { afterAll, describe, expect, it } from "vitest";
import { encodeShard, parseShard, shardBytes } from "./covariance-shard.js";
import { mergeShards } from "./merge-shards.js";
import { encodeNpz, parseNpz } from "./npz.js";
import { uniformArray } from "./test-support/random.js";
import { thrownArgumentError } from "./test-support/thrown.js";

const fixtures = fileURLToPath(new URL("./fixtures/shards/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "klsched-shards-"));
const file = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An in-memory data matrix of the rows of `values`. */
function matrix(values: Float64Array, d: number, extra: Partial<DataMatrix> = {}): DataMatrix {
  return {
    label: "test",
    rows: values.length / d,
    dimension: d,
    quantizationStep: 0,
    batches: (batchRows) => {
      const out: Float64Array[] = [];
      for (let start = 0; start < values.length; start += batchRows * d) out.push(values.slice(start, start + batchRows * d));
      return out;
    },
    ...extra,
  };
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

/** The corrupt-file error `f` throws. */
function thrownCorrupt(f: () => unknown): CorruptFileError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(CorruptFileError);
    expect((error as Error).message).not.toContain("\n");
    return error as CorruptFileError;
  }
  throw new Error("expected CorruptFileError");
}

/** Whether python3 with numpy runs here (CI has it; a machine without it skips the one test that needs it). */
const hasNumpy = spawnSync("python3", ["-c", "import numpy"], { stdio: "ignore" }).status === 0;

describe("covariance shards", () => {
  const data = parseNpy(readFileSync(join(fixtures, "data.npy")));
  const d = 6;
  const oneShot = new CovarianceAccumulator(d).add(data.data).eigenvalues();
  const klschedLast15 = encodeShard(matrix(data.data.slice(25 * d), d));

  for (const name of ["numpy-first-25.npz", "numpy-first-25-compressed.npz", "numpy-first-25-zip64.npz"]) {
    it(`mergeShards of ${name} (numpy_shard.py) and a klsched shard of the other rows equals the one-shot result to 1e-12`, () => {
      writeFileSync(file("last-15.npz"), klschedLast15);
      const merged = mergeShards([join(fixtures, name), file("last-15.npz")]);
      expect(merged).toMatchObject({ rows: 40, dimension: d, method: "exact", route: "covariance", label: "2 shards" });
      expect(relativeError(merged.eigenvalues, oneShot)).toBeLessThan(1e-12);
      // and numpy's own one-shot eigenvalues, written by the same script
      const numpy = parseNpy(readFileSync(join(fixtures, "eigenvalues.npy"))).data;
      expect(relativeError(merged.eigenvalues, numpy)).toBeLessThan(1e-12);
    });
  }

  it.skipIf(!hasNumpy)("np.load reads a klsched shard: its count, mean and co-moment equal numpy's from the rows", () => {
    writeFileSync(file("for-numpy.npz"), encodeShard(matrix(data.data, d)));
    const script = [
      "import sys, numpy as np",
      "z = np.load(sys.argv[1]); x = np.load(sys.argv[2]); xc = x - x.mean(0)",
      "print(int(z['count']), int(z['dimension']), float(z['klsched_covariance_shard']),",
      "      float(np.abs(z['mean'] - x.mean(0)).max()), float(np.abs(z['comoment'] - xc.T @ xc).max() / np.abs(xc.T @ xc).max()))",
    ].join("\n");
    const out = execFileSync("python3", ["-c", script, file("for-numpy.npz"), join(fixtures, "data.npy")], { encoding: "utf8" });
    const [count, dimension, version, meanError, comomentError] = out.trim().split(" ").map(Number);
    expect([count, dimension, version]).toEqual([40, d, 1]);
    expect(meanError).toBeLessThan(1e-12);
    expect(comomentError).toBeLessThan(1e-13);
  });

  it("parseShard reads the ZIP64 end record when the classic one says 0xFFFF entries at 0xFFFFFFFF", () => {
    const bytes = readFileSync(join(fixtures, "numpy-first-25-zip64.npz"));
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const patched = Uint8Array.from(bytes);
    const view = new DataView(patched.buffer);
    view.setUint16(end + 8, 0xffff, true);
    view.setUint16(end + 10, 0xffff, true);
    view.setUint32(end + 16, 0xffffffff, true); // as an archive of > 65 535 entries or > 4 GiB has it
    const direct = parseShard(bytes, "merge", "a.npz").accumulator.moments();
    expect(parseShard(patched, "merge", "a.npz").accumulator.moments()).toEqual(direct);
    expect(direct.count).toBe(25);
    view.setUint32(end - 20, 0, true); // no ZIP64 locator where the end record needs one
    expect(thrownCorrupt(() => parseShard(patched, "merge", "a.npz")).reason).toMatch(/ZIP64 archive without its locator/);
  });

  it("mergeShards of many klsched shards, in any order, equals the one-shot result to 1e-12", () => {
    const x = uniformArray(500 * 9, 3, -1, 1).map((v, k) => v + (k % 9));
    const whole = new CovarianceAccumulator(9).add(x).eigenvalues();
    const cuts = [0, 1, 2, 130, 256, 257, 499, 500];
    const files = cuts.slice(1).map((stop, k) => {
      const path = file(`part-${k}.npz`);
      writeFileSync(path, encodeShard(matrix(x.slice(cuts[k]! * 9, stop * 9), 9)));
      return path;
    });
    // a shard of 1 row is valid (its co-moment is 0)
    expect(relativeError(mergeShards(files).eigenvalues, whole)).toBeLessThan(1e-12);
    expect(relativeError(mergeShards([...files].reverse()).eigenvalues, whole)).toBeLessThan(1e-12);
  });

  it("parseShard(shardBytes(s)) keeps n, the mean, the co-moment, the step and the layout exactly", () => {
    const x = uniformArray(30 * 4, 5);
    const accumulator = new CovarianceAccumulator(4).add(x);
    const back = parseShard(shardBytes({ accumulator, quantizationStep: 2 / 255, layout: [2, 2, 1] }), "merge", "x.npz");
    expect(back.accumulator.moments()).toEqual(accumulator.moments());
    expect(back.quantizationStep).toBe(2 / 255);
    expect(back.layout).toEqual([2, 2, 1]);
  });

  it("mergeShards of quantised shards adds step²/12; with n ≤ d rows in all it floors the unseen directions", () => {
    const x = uniformArray(8 * 20, 9, -1, 1);
    const step = 2 / 255;
    writeFileSync(file("q1.npz"), encodeShard(matrix(x.slice(0, 4 * 20), 20, { quantizationStep: step })));
    writeFileSync(file("q2.npz"), encodeShard(matrix(x.slice(4 * 20), 20, { quantizationStep: step })));
    const merged = mergeShards([file("q1.npz"), file("q2.npz")]);
    const exact = new CovarianceAccumulator(20).add(x).eigenvalues();
    expect(merged.floor).toEqual({ value: step ** 2 / 12, directions: 13, source: "dequantization", rank: 7 });
    for (let k = 0; k < 7; k++) expect(Math.abs(merged.eigenvalues[k]! - exact[k]! - step ** 2 / 12)).toBeLessThan(1e-13);
    expect(merged.eigenvalues.subarray(7)).toEqual(new Float64Array(13).fill(step ** 2 / 12));
  });

  it("mergeShards refuses shards of different d, quantisation step or layout, by file, in one line", () => {
    writeFileSync(file("d6.npz"), encodeShard(matrix(uniformArray(12, 1), 6)));
    writeFileSync(file("d4.npz"), encodeShard(matrix(uniformArray(12, 1), 4)));
    const error = thrownArgumentError(() => mergeShards([file("d6.npz"), file("d4.npz")]));
    expect(error.argument).toBe("merge");
    expect(error.value).toBe(file("d4.npz"));
    expect(error.reason).toBe(
      `${JSON.stringify(file("d4.npz"))} has d 4, but ${JSON.stringify(file("d6.npz"))} has 6: shards to merge come from one data set`,
    );
    writeFileSync(file("q.npz"), encodeShard(matrix(uniformArray(12, 1), 6, { quantizationStep: 0.5 })));
    expect(thrownArgumentError(() => mergeShards([file("d6.npz"), file("q.npz")])).reason).toMatch(
      / has quantization step 0.5, but /,
    );
    const image = { height: 2, width: 3, channels: 1 };
    writeFileSync(file("l.npz"), encodeShard(matrix(uniformArray(12, 1), 6, { image })));
    expect(thrownArgumentError(() => mergeShards([file("d6.npz"), file("l.npz")])).reason).toMatch(
      / has layout \(2, 3, 1\), but .* has none/,
    );
  });

  it("a damaged archive, a foreign .npz, another version and inconsistent entries are corrupt files", () => {
    const good = shardBytes({ accumulator: new CovarianceAccumulator(2).add(Float64Array.of(1, 2, 3, 5)), quantizationStep: 0 });
    const reason = (bytes: Uint8Array) => thrownCorrupt(() => parseShard(bytes, "merge", "s.npz")).reason;
    expect(reason(new Uint8Array(10))).toMatch(/not a \.npz \(ZIP\) archive/);
    expect(reason(good.subarray(0, good.length - 30))).toMatch(/not a \.npz|cut short|damaged/);
    const flipped = good.slice();
    flipped[190] = (flipped[190] as number) ^ 0xff; // a byte of the first entry's value (its data run from 58 to 194)
    expect(reason(flipped)).toMatch(/CRC-32/);
    const entries = parseNpz(good, "merge", "s.npz");
    const rebuilt = (change: (m: Map<string, Uint8Array>) => void) => {
      const copy = new Map(entries);
      change(copy);
      return encodeNpz(copy);
    };
    expect(reason(encodeNpz(new Map([["x", encodeNpy([1, 2])]])))).toMatch(/not a klsched covariance shard .*entries: x/);
    expect(reason(rebuilt((m) => m.set("klsched_covariance_shard", encodeNpy([2], []))))).toMatch(/version 2/);
    expect(reason(rebuilt((m) => m.delete("mean")))).toMatch(/"mean" entry is missing/);
    expect(reason(rebuilt((m) => m.set("comoment", encodeNpy([1, 2, 3, 4, 5, 6], [2, 3]))))).toMatch(
      /shape \(2, 3\), expected \(2, 2\)/,
    );
    expect(reason(rebuilt((m) => m.set("comoment", encodeNpy([1, 0, 0, -1], [2, 2]))))).toMatch(/cannot be negative/);
    expect(reason(rebuilt((m) => m.set("mean", encodeNpy([1, Number.NaN]))))).toMatch(/holds NaN/);
    expect(reason(rebuilt((m) => m.set("layout", encodeNpy([3, 1]))))).toMatch(/layout \(3, 1\) does not hold d = 2/);
  });
});
