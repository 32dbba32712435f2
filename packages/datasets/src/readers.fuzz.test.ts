import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeNpy, isKlschedError } from "@klsched/core-linalg";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openImageFolder } from "./image-folder.js";
import { loadSpectrum } from "./load-spectrum.js";
import { openNpyData } from "./npy-data.js";
import { greyToRgb, writeJpeg, writePng } from "./test-support/image-writer.js";
import { npyBytes } from "./test-support/npy-writer.js";

/**
 * The corpus-mutation fuzz of every file reader (docs/guide/contract.md, "How it is tested"): seeded
 * byte edits of valid files — flips, overwrites with boundary bytes, insertions, deletions, truncations,
 * repeated runs — read through the public readers. Each read must end in data every value of which is
 * finite, or in a typed input error with a one-line message; never an untyped error, a hang or a NaN.
 * `KLSCHED_FUZZ_SEED` and `KLSCHED_FUZZ_SCALE` (`pnpm fuzz`) change the seed and the number of files.
 */
const seed = Number(process.env.KLSCHED_FUZZ_SEED ?? 14);
const scale = Number(process.env.KLSCHED_FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * scale));

const INPUT_CODES = ["invalid-argument", "invalid-spectrum", "limit-exceeded", "corrupt-file"];
const root = mkdtempSync(join(tmpdir(), "klsched-reader-fuzz-"));

/** One edit of a byte string. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    kind: fc.constant("set" as const),
    at: fc.nat(),
    value: fc.constantFrom(0, 1, 0x7f, 0x80, 0xff, 0x20, 0x0a, 0x2c),
  }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("repeat" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

/** Applies edits in order; positions wrap around the current length (most edits land in the header). */
function mutate(bytes: Uint8Array, edits: readonly Edit[], headerBias: number): Uint8Array {
  let out = Uint8Array.from(bytes);
  for (const e of edits) {
    const span = Math.max(1, Math.min(out.length, e.at % 2 === 0 ? headerBias : out.length));
    const at = e.at % span;
    switch (e.kind) {
      case "flip":
        if (out.length > 0) out[at] = (out[at] as number) ^ (1 << e.bit);
        break;
      case "set":
        if (out.length > 0) out[at] = e.value;
        break;
      case "insert":
        out = Uint8Array.from([...out.subarray(0, at), ...e.bytes, ...out.subarray(at)]);
        break;
      case "delete":
        out = Uint8Array.from([...out.subarray(0, at), ...out.subarray(at + e.length)]);
        break;
      case "truncate":
        out = out.subarray(0, at);
        break;
      case "repeat":
        out = Uint8Array.from([...out.subarray(0, at + e.length), ...out.subarray(at)]);
        break;
    }
  }
  return out;
}

/** The mutated files of one corpus, seeded by the corpus's own offset so that corpora do not share edits. */
function mutants(corpus: readonly Uint8Array[], count: number, offset: number, headerBias: number): Uint8Array[] {
  const cases = fc.sample(fc.tuple(fc.nat({ max: corpus.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 })), {
    seed: seed + offset,
    numRuns: count,
  });
  return cases.map(([k, edits]) => mutate(corpus[k] as Uint8Array, edits, headerBias));
}

/** The violation of one read, or undefined: a typed input error with a one-line message, or finite data. */
function violation(read: () => ArrayLike<number>[]): string | undefined {
  try {
    for (const values of read()) {
      for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i] as number)) return `non-finite value ${values[i]}`;
    }
    return undefined;
  } catch (error) {
    if (!isKlschedError(error)) return `untyped ${(error as Error).name}: ${(error as Error).message}`;
    if (!INPUT_CODES.includes(error.code)) return `code ${error.code}: ${error.message}`;
    if (error.message.includes("\n")) return `multi-line message: ${error.message}`;
    return undefined;
  }
}

/** Reads each mutant written to `path` with `read`; returns the violations with the case number. */
function fuzz(path: string, files: readonly Uint8Array[], read: () => ArrayLike<number>[]): string[] {
  return files.flatMap((bytes, k) => {
    writeFileSync(path, bytes);
    const problem = violation(read);
    return problem === undefined ? [] : [`case ${k} (${bytes.length} bytes): ${problem}`];
  });
}

const rowsOf = (open: () => { batches(n: number): Iterable<ArrayLike<number>> }) => () => [...open().batches(8)];

describe(`file readers on seeded mutations of valid files (seed ${seed})`, () => {
  const npyDir = join(root, "npy");
  mkdirSync(npyDir);
  const matrix = Array.from({ length: 12 }, (_, i) => Math.sin(i) * 3);
  const npyCorpus = [
    npyBytes(matrix, [4, 3]),
    npyBytes(matrix, [3, 4], { descr: "<f4" }),
    npyBytes(matrix, [4, 3], { descr: ">f8" }),
    npyBytes(matrix, [2, 2, 3], { fortran: true }),
  ];

  it(`openNpyData reads ${runs(1200)} mutated .npy data matrices or refuses them with a typed error`, () => {
    const path = join(npyDir, "mutant.npy");
    expect(
      fuzz(
        path,
        mutants(npyCorpus, runs(1200), 1, 128),
        rowsOf(() => openNpyData(path)),
      ),
    ).toEqual([]);
  });

  it(`loadSpectrum reads ${runs(1200)} mutated .npy spectra (1-D and square) or refuses them with a typed error`, () => {
    const corpus = [encodeNpy([5, 3, 1, 0.5]), encodeNpy(Array.from({ length: 40 }, (_, i) => 1 / (i + 1)))];
    const square = npyBytes([2, 0.5, 0.5, 1], [2, 2]);
    const path = join(npyDir, "spectrum.npy");
    expect(fuzz(path, mutants([...corpus, square], runs(1200), 2, 128), () => [loadSpectrum(path).eigenvalues])).toEqual([]);
  });

  it(`loadSpectrum reads ${runs(600)} mutated .csv and ${runs(600)} mutated .json spectra or refuses them`, () => {
    const text = (s: string) => new TextEncoder().encode(s);
    const csv = [text("# eigenvalues\n4\n2.5\n1e-3\n"), text("1\r\n0.5\r\n0.25\r\n"), text("3\r2\r1")];
    const json = [text("[4, 2, 1, 0.5]"), text('{"eigenvalues": [1e3, 1, 1e-3]}')];
    const csvPath = join(npyDir, "spectrum.csv");
    const jsonPath = join(npyDir, "spectrum.json");
    expect(fuzz(csvPath, mutants(csv, runs(600), 3, 64), () => [loadSpectrum(csvPath).eigenvalues])).toEqual([]);
    expect(fuzz(jsonPath, mutants(json, runs(600), 4, 64), () => [loadSpectrum(jsonPath).eigenvalues])).toEqual([]);
  });

  it(`openImageFolder reads ${runs(900)} mutated PNGs and ${runs(500)} mutated JPEGs or refuses them with a typed error`, () => {
    const pngDir = join(root, "png");
    const jpegDir = join(root, "jpeg");
    mkdirSync(pngDir);
    mkdirSync(jpegDir);
    const grey = Uint8Array.from({ length: 12 * 10 }, (_, i) => (i * 37) % 256);
    writePng(join(pngDir, "grey.png"), 12, 10, grey, 1);
    writePng(
      join(pngDir, "rgb.png"),
      12,
      10,
      greyToRgb(grey).map((v, i) => (v + i) % 256),
      3,
    );
    writePng(
      join(pngDir, "rgba.png"),
      12,
      10,
      Uint8Array.from({ length: 480 }, (_, i) => (i * 11) % 256),
      4,
    );
    writeJpeg(
      join(jpegDir, "a.jpg"),
      16,
      16,
      Uint8Array.from({ length: 768 }, (_, i) => (i * 7) % 256),
    );
    const pngs = ["grey.png", "rgb.png", "rgba.png"].map((name) => readFileSync(join(pngDir, name)));
    const jpegs = [readFileSync(join(jpegDir, "a.jpg"))];
    const pngFolder = join(root, "png-mutant");
    const jpegFolder = join(root, "jpeg-mutant");
    mkdirSync(pngFolder);
    mkdirSync(jpegFolder);
    const read = (folder: string) => rowsOf(() => openImageFolder(folder));
    expect(fuzz(join(pngFolder, "m.png"), mutants(pngs, runs(900), 5, 64), read(pngFolder))).toEqual([]);
    expect(fuzz(join(jpegFolder, "m.jpg"), mutants(jpegs, runs(500), 6, 700), read(jpegFolder))).toEqual([]);
  });
});
