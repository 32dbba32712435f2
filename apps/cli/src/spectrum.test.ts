import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtinSpectrum, encodeNpy, parseNpy } from "@klsched/core-linalg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "./cli-io.js";
import { runCaptured } from "./run-captured.js";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "klsched-spectrum-"));
const file = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The image codecs are core-linalg's dependencies; the test borrows its encoders from there.
const fromCoreLinalg = createRequire(createRequire(import.meta.url).resolve("@klsched/core-linalg/package.json"));
const pngjs = fromCoreLinalg("pngjs") as {
  PNG: {
    new (size: { width: number; height: number }): { data: Buffer };
    sync: { write(png: unknown, options: object): Buffer };
  };
};
const jpeg = fromCoreLinalg("jpeg-js") as {
  encode(image: { width: number; height: number; data: Uint8Array }, quality: number): { data: Buffer };
};

/** An 8-bit PNG: 1 channel grey, 3 RGB. */
function writePng(path: string, width: number, height: number, samples: ArrayLike<number>, channels: 1 | 3): void {
  const png = new pngjs.PNG({ width, height });
  png.data = Buffer.from(Uint8Array.from(samples));
  const colorType = channels === 1 ? 0 : 2;
  writeFileSync(path, pngjs.PNG.sync.write(png, { colorType, inputColorType: colorType, inputHasAlpha: false }));
}

/** A JPEG of RGB samples (jpeg-js writes 3-component YCbCr). */
function writeJpeg(path: string, width: number, height: number, rgb: ArrayLike<number>): void {
  const rgba = new Uint8Array(width * height * 4).map((_, i) => (i % 4 === 3 ? 255 : (rgb[(i >> 2) * 3 + (i % 4)] as number)));
  writeFileSync(path, jpeg.encode({ width, height, data: rgba }, 95).data);
}

/** A version-1 `.npy` file of `values` (given in C order), as numpy's np.save writes it. */
function npy(values: ArrayLike<number>, shape: readonly number[], descr = "<f8", fortran = false): Uint8Array {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  let header = `{'descr': '${descr}', 'fortran_order': ${fortran ? "True" : "False"}, 'shape': ${shapeText}, }`;
  header += `${" ".repeat((64 - ((11 + header.length) % 64)) % 64)}\n`;
  const size = Number(descr.slice(2)) || 0;
  const bytes = new Uint8Array(10 + header.length + values.length * size);
  bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  const view = new DataView(bytes.buffer);
  view.setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) bytes[10 + i] = header.charCodeAt(i);
  const [rows = 0, columns = 1] = shape;
  for (let k = 0; k < values.length; k++) {
    const from = fortran ? (k % rows) * columns + Math.floor(k / rows) : k; // column-major position k holds (k mod n, k div n)
    const at = 10 + header.length + k * size;
    if (descr === "<f8") view.setFloat64(at, values[from] as number, true);
    else if (descr === "<f4") view.setFloat32(at, values[from] as number, true);
    else if (descr === "<i8") view.setBigInt64(at, BigInt(values[from] as number), true);
  }
  return bytes;
}

/** 40 × 6 values that float32 holds exactly, with correlated columns. */
const matrix = Array.from({ length: 40 * 6 }, (_, i) => ((i * 37) % 23) / 8 + ((i % 6) * Math.floor(i / 6)) / 64);

beforeAll(() => {
  mkdirSync(file("grey"));
  for (let i = 0; i < 5; i++) {
    writePng(
      file(`grey/${i}.png`),
      6,
      5,
      Uint8Array.from({ length: 30 }, (_, p) => (p * 13 + i * 71) % 256),
      1,
    );
    writeJpeg(
      file(`grey/${i}.jpg`),
      6,
      5,
      Uint8Array.from({ length: 90 }, (_, s) => 40 + 8 * i + 3 * Math.floor(s / 3)),
    );
  }
  mkdirSync(file("rgb"));
  for (let i = 0; i < 4; i++) {
    writePng(
      file(`rgb/${i}.png`),
      8,
      12,
      Uint8Array.from({ length: 288 }, (_, s) => (s * 7 + i * 50) % 256),
      3,
    );
  }
  mkdirSync(file("mixed-sizes"));
  writePng(file("mixed-sizes/a.png"), 4, 4, new Uint8Array(16).fill(20), 1);
  writePng(file("mixed-sizes/b.png"), 6, 4, new Uint8Array(24).fill(90), 1);
  mkdirSync(file("no-images"));
  writeFileSync(file("no-images/a.png"), "<html>not a png</html>");
  writeFileSync(file("no-images/readme.txt"), "text");
  writeFileSync(file("c32.npy"), npy(matrix, [40, 6], "<f4"));
  writeFileSync(file("f64.npy"), npy(matrix, [40, 6], "<f8", true));
  writeFileSync(file("ints.npy"), npy([1, 2, 3, 4], [2, 2], "<i8"));
  writeFileSync(file("ragged.npy"), npy([], [2], "|O"));
  writeFileSync(file("strings.npy"), npy([], [2, 2], "<U3"));
  writeFileSync(file("vector.npy"), encodeNpy([1, 2, 3]));
  writeFileSync(file("nan.npy"), npy([1, 2, 3, Number.NaN, 5, 6], [3, 2]));
  writeFileSync(file("inf.npy"), npy([1, 2, 3, 4, Number.NEGATIVE_INFINITY, 6], [3, 2], "<f4"));
  writeFileSync(file("singular.npy"), npy([1, 2, 3, 4, 5, 9, 0, 1, 1, 2, 7, 9], [4, 3])); // n > d, column 3 = column 1 + column 2
  mkdirSync(file("out"));
});

/** `klsched spectrum … --json`, parsed. */
async function spectrumJson(...flags: string[]) {
  const run = await runCaptured(["spectrum", ...flags, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as {
    d: number;
    n: number;
    trace: number;
    method: string;
    dequantization: number;
    image?: { height: number; width: number; channels: number };
    summary: { effectiveRank: number; conditionNumber: number | null; participationRatio: number };
    eigenvalues: number[];
  };
}

/** The forward KL of `kl --json` on a spectrum. */
async function klOf(spectrum: string, ...flags: string[]): Promise<number> {
  const run = await runCaptured(["kl", "--process", "edm", "--spectrum", spectrum, "--json", ...flags]);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { kl: number }).kl;
}

describe("klsched spectrum --dataset mnist", () => {
  it("--json prints d, n, trace, a summary and the 784 eigenvalues of the built-in mnist spectrum, descending", async () => {
    const json = await spectrumJson("--dataset", "mnist");
    expect([json.d, json.n, json.method]).toEqual([784, 10000, "exact"]);
    expect(json.image).toEqual({ height: 28, width: 28, channels: 1 });
    expect(json.eigenvalues).toEqual(Array.from(builtinSpectrum("mnist").eigenvalues));
    expect(json.trace).toBeCloseTo(
      json.eigenvalues.reduce((a, b) => a + b, 0),
      9,
    );
    expect(json.dequantization).toBe((2 / 255) ** 2 / 12);
    expect(json.summary.effectiveRank).toBeGreaterThan(1);
    expect(json.summary.conditionNumber).toBeCloseTo(json.eigenvalues[0]! / json.eigenvalues[783]!, 3);
  });

  it("--out spec.npy writes a file every --spectrum takes, with the KL of --spectrum mnist", async () => {
    const run = await runCaptured(["spectrum", "--dataset", "mnist", "--out", file("out/mnist.npy")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^--dataset mnist: n = 10000 rows, d = 784 \(28×28×1 images\)\n/);
    expect(run.stdout).toMatch(/wrote .*mnist\.npy \(784 eigenvalues/);
    const flags = ["--strategy", "karras", "--steps", "10"];
    expect(await klOf(file("out/mnist.npy"), ...flags)).toBe(await klOf("mnist", ...flags));
    expect(readdirSync(file("out"))).toEqual(["mnist.npy"]);
  });

  it("the stationary estimate keeps the trace, but its KL for karras at N = 10 on edm is 40 % lower", async () => {
    const exact = await spectrumJson("--dataset", "mnist");
    const run = await runCaptured(["spectrum", "--dataset", "mnist", "--stationary", "--out", file("out/stationary.json")]);
    expect(run.code).toBe(0);
    const stationary = JSON.parse(readFileSync(file("out/stationary.json"), "utf8")) as typeof exact;
    expect(stationary.method).toBe("stationary");
    expect(stationary.trace).toBeCloseTo(exact.trace, 9);
    // top eigenvalues: −72 % (1st), −37 % (10th); the smallest: 6.3e-3 against 5.1e-6
    expect(stationary.eigenvalues[0]! / exact.eigenvalues[0]! - 1).toBeCloseTo(-0.722, 3);
    expect(stationary.eigenvalues[9]! / exact.eigenvalues[9]! - 1).toBeCloseTo(-0.365, 3);
    const flags = ["--strategy", "karras", "--steps", "10"];
    const [klExact, klStationary] = [await klOf("mnist", ...flags), await klOf(file("out/stationary.json"), ...flags)];
    expect(klExact).toBeCloseTo(211.75, 1);
    expect(klStationary).toBeCloseTo(127.53, 1);
  });
});

describe("klsched spectrum --images and --npy", () => {
  it("--images on grey PNG and JPEG files: one channel, n = 10, and a .json --out that --spectrum accepts", async () => {
    const json = await spectrumJson("--images", file("grey"), "--out", file("out/grey.json"));
    expect([json.n, json.d, json.image]).toEqual([10, 30, { height: 5, width: 6, channels: 1 }]);
    expect(json.eigenvalues.every((v) => v >= json.dequantization * (1 - 1e-9))).toBe(true);
    expect(await klOf(file("out/grey.json"), "--strategy", "karras", "--steps", "4")).toBeGreaterThan(0);
  });

  it("--images on RGB PNGs with --size 4: three channels of 4 × 4, exact or --stationary, same trace", async () => {
    const exact = await spectrumJson("--images", file("rgb"), "--size", "4");
    expect([exact.n, exact.d, exact.image]).toEqual([4, 48, { height: 4, width: 4, channels: 3 }]);
    const stationary = await spectrumJson("--images", file("rgb"), "--size", "4", "--stationary");
    expect(stationary.method).toBe("stationary");
    expect(stationary.trace).toBeCloseTo(exact.trace, 10);
  });

  it("--images skips a file that only has an image's extension, with a warning on stderr", async () => {
    mkdirSync(file("one-fake"));
    writePng(file("one-fake/good.png"), 3, 3, new Uint8Array(9).fill(7), 1);
    writePng(file("one-fake/also-good.png"), 3, 3, new Uint8Array(9).fill(9), 1);
    writeFileSync(file("one-fake/fake.jpg"), "GIF89a");
    const run = await runCaptured(["spectrum", "--images", file("one-fake"), "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^klsched: warning: --images ".*one-fake": skipped 1 file not PNG or JPEG: fake\.jpg\n$/);
    expect(JSON.parse(run.stdout).n).toBe(2);
  });

  it("--npy in float32 C order and float64 Fortran order give the same eigenvalues", async () => {
    const c32 = await spectrumJson("--npy", file("c32.npy"));
    const f64 = await spectrumJson("--npy", file("f64.npy"));
    expect([c32.n, c32.d, c32.dequantization]).toEqual([40, 6, 0]);
    expect(f64.eigenvalues).toEqual(c32.eigenvalues);
  });

  it("--out .npy holds the eigenvalues as float64", async () => {
    const run = await runCaptured(["spectrum", "--npy", file("c32.npy"), "--out", file("out/c32.npy"), "--json"]);
    const { eigenvalues } = JSON.parse(run.stdout) as { eigenvalues: number[] };
    expect(Array.from(parseNpy(new Uint8Array(readFileSync(file("out/c32.npy")))).data)).toEqual(eigenvalues);
  });

  it("draws a progress line on a terminal's stderr and erases it, and none with --quiet", async () => {
    for (const quiet of [false, true]) {
      const captured = captureIo();
      const io = { ...captured.io, stderrIsTTY: true };
      const code = await runCli(["spectrum", "--images", file("rgb"), "--json", ...(quiet ? ["--quiet"] : [])], io);
      expect(code).toBe(0);
      if (quiet) {
        expect(captured.stderr()).toBe("");
      } else {
        expect(captured.stderr()).toMatch(/reading rgb \[#+\] 100% 4\/4/);
        expect(captured.stderr().endsWith("\r\x1b[2K")).toBe(true); // erased before stdout is written
      }
      expect(JSON.parse(captured.stdout()).n).toBe(4);
    }
  });
});

describe("klsched spectrum refuses bad input with one line naming the flag, exit code 2, and writes nothing", () => {
  const cases: [string, string[], string, RegExp][] = [
    ["an object (ragged) .npy", ["--npy", file("ragged.npy")], "--npy", /object array \(ragged rows/],
    ["a non-numeric .npy", ["--npy", file("strings.npy")], "--npy", /'<U3': non-numeric/],
    ["an integer .npy", ["--npy", file("ints.npy")], "--npy", /unsupported dtype '<i8'/],
    ["a 1-D .npy", ["--npy", file("vector.npy")], "--npy", /1-D array .* is not a data matrix/],
    ["a NaN in the data", ["--npy", file("nan.npy")], "--npy", /row 1, column 1 is NaN/],
    ["an infinity in the data", ["--npy", file("inf.npy")], "--npy", /row 2, column 0 is -Infinity/],
    ["a missing .npy", ["--npy", file("absent.npy")], "--npy", /cannot read file \(ENOENT\)/],
    ["a folder with no readable image", ["--images", file("no-images")], "--images", /no readable PNG or JPEG image/],
    ["a folder that does not exist", ["--images", file("absent")], "--images", /cannot read folder/],
    ["images of mixed sizes without --size", ["--images", file("mixed-sizes")], "--images", /mixed sizes .* give a size/],
    ["a --size that is not a whole number", ["--images", file("grey"), "--size", "2.5"], "--size", /integer from 1 to 4096/],
    ["--size with --npy", ["--npy", file("c32.npy"), "--size", "4"], "--size", /only applies to --images/],
    ["--stationary with --npy", ["--npy", file("c32.npy"), "--stationary"], "--stationary", /needs images/],
    ["an unknown dataset", ["--dataset", "cifar10"], "--dataset", /unknown dataset \(expected mnist\)/],
    ["two inputs", ["--dataset", "mnist", "--npy", file("c32.npy")], "--dataset", /cannot be combined with --npy/],
    ["no input", [], "--images, --npy or --dataset", /one is required/],
    ["an unknown --out extension", ["--dataset", "mnist", "--out", file("out/bad.txt")], "--out", /unknown file type "\.txt"/],
    ["--out in a missing folder", ["--dataset", "mnist", "--out", file("nowhere/a.npy")], "--out", /does not exist/],
    ["--out of a singular covariance", ["--npy", file("singular.npy")], "--out", /singular covariance/],
  ];
  for (const [what, flags, flag, reason] of cases) {
    it(`${what}: ${flag}`, async () => {
      const target = file(`out/${what.replace(/\W+/g, "-")}.json`);
      const withOut = flags.includes("--out") ? flags : [...flags, "--out", target];
      const before = readdirSync(file("out")).sort();
      const run = await runCaptured(["spectrum", ...withOut]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.split("\n")).toHaveLength(2); // one line, then the final newline
      expect(run.stderr.startsWith(`klsched: ${flag}`)).toBe(true);
      expect(run.stderr).toMatch(reason);
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(file("out")).sort()).toEqual(before);
    });
  }
});
