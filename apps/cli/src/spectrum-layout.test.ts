import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CovarianceAccumulator, symmetricEigenvalues } from "@klsched/core-linalg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

const dir = mkdtempSync(join(tmpdir(), "klsched-spectrum-layout-"));
const file = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A version-1 little-endian float64 `.npy` of `values` (C order) with `shape`, as np.save writes it. */
function npy(values: Float64Array, shape: readonly number[]): Uint8Array {
  let header = `{'descr': '<f8', 'fortran_order': False, 'shape': (${shape.join(", ")}), }`;
  header += `${" ".repeat((64 - ((11 + header.length) % 64)) % 64)}\n`;
  const bytes = new Uint8Array(10 + header.length + 8 * values.length);
  bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(bytes.buffer).setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) bytes[10 + i] = header.charCodeAt(i);
  new Float64Array(bytes.buffer, 10 + header.length).set(values);
  return bytes;
}

/** Every cyclic shift of 2 seeded C × H × W latents with mixed channels: exactly shift-invariant data. */
function shiftedLatents(c: number, h: number, w: number): Float64Array {
  let state = 7;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648 - 0.5;
  };
  const d = c * h * w;
  const base = Float64Array.from({ length: 2 * d }, next);
  const mixing = Float64Array.from({ length: c * c }, next);
  const out = new Float64Array(2 * h * w * d);
  let row = 0;
  for (let i = 0; i < 2; i++) {
    for (let dy = 0; dy < h; dy++) {
      for (let dx = 0; dx < w; dx++, row++) {
        for (let ch = 0; ch < c; ch++) {
          for (let p = 0; p < h * w; p++) {
            const at = ((Math.floor(p / w) + dy) % h) * w + (((p % w) + dx) % w);
            let v = 0;
            for (let e = 0; e < c; e++) v += mixing[ch * c + e]! * base[i * d + e * h * w + at]!;
            out[row * d + ch * h * w + p] = v;
          }
        }
      }
    }
  }
  return out;
}

const [c, h, w] = [2, 4, 4];
const d = c * h * w;
const values = shiftedLatents(c, h, w);
const n = values.length / d;

beforeAll(() => {
  mkdirSync(file("out"));
  writeFileSync(file("latents4d.npy"), npy(values, [n, c, h, w]));
  writeFileSync(file("latents2d.npy"), npy(values, [n, d]));
});

async function spectrumJson(...flags: string[]) {
  const run = await runCaptured(["spectrum", ...flags, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { method: string; d: number; image?: object; trace: number; eigenvalues: number[] };
}

describe("klsched spectrum --stationary on latents", () => {
  it("--npy of n × C × H × W latents --stationary equals the exact covariance's eigenvalues (shift-invariant data) to 1e-12", async () => {
    const result = await spectrumJson("--npy", file("latents4d.npy"), "--stationary");
    const exact = symmetricEigenvalues(new CovarianceAccumulator(d).add(values).covariance(), d);
    expect(result).toMatchObject({ method: "stationary", d, image: { channels: c, height: h, width: w, layout: "chw" } });
    result.eigenvalues.forEach((value, k) => {
      expect(Math.abs(value - Math.max(exact[k]!, 0)) / exact[0]!).toBeLessThan(1e-12);
    });
  });

  it("--npy of the flattened n × d matrix with --layout C,H,W gives the same JSON eigenvalues as the 4-D file", async () => {
    const flat = await spectrumJson("--npy", file("latents2d.npy"), "--stationary", "--layout", `${c},${h},${w}`);
    const fourD = await spectrumJson("--npy", file("latents4d.npy"), "--stationary");
    expect(flat.eigenvalues).toEqual(fourD.eigenvalues);
    expect(flat.image).toEqual(fourD.image);
  });
});

describe("klsched spectrum --layout refuses bad input with one line naming the flag, exit code 2, and writes nothing", () => {
  const cases: [string, string[], string, RegExp][] = [
    [
      "a layout of another size",
      ["--npy", file("latents2d.npy"), "--stationary", "--layout", "2,4,5"],
      "--layout",
      /2×4×5 = 40 values per row, but latents2d.npy has d = 32/,
    ],
    ["a zero in the layout", ["--npy", file("latents2d.npy"), "--layout", "0,4,8"], "--layout", /three positive integers/],
    ["a negative entry", ["--npy", file("latents2d.npy"), "--layout", "2,-4,-4"], "--layout", /three positive integers/],
    ["two numbers", ["--npy", file("latents2d.npy"), "--layout", "8,4"], "--layout", /expected C,H,W/],
    ["--layout without --npy", ["--dataset", "mnist", "--layout", "1,28,28"], "--layout", /only applies to --npy/],
    [
      "--stationary on a matrix without a layout",
      ["--npy", file("latents2d.npy"), "--stationary"],
      "--stationary",
      /needs images or latents.*--layout C,H,W/,
    ],
  ];
  for (const [what, flags, flag, reason] of cases) {
    it(`${what}: ${flag}`, async () => {
      const target = file(`out/${what.replace(/\W+/g, "-")}.json`);
      const before = readdirSync(file("out")).sort();
      const run = await runCaptured(["spectrum", ...flags, "--out", target]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.split("\n")).toHaveLength(2);
      expect(run.stderr.startsWith(`klsched: ${flag}`)).toBe(true);
      expect(run.stderr).toMatch(reason);
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(file("out")).sort()).toEqual(before);
    });
  }
});
