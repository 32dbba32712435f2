import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { isKlschedError } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_PIXELS, openImageFolder } from "./image-folder.js";
import { loadSpectrum } from "./load-spectrum.js";
import { openNpyData } from "./npy-data.js";
import { writePng } from "./test-support/image-writer.js";
import { declaredPng, ihdr, pngChunk, pngFile } from "./test-support/png-chunks.js";

const root = mkdtempSync(join(tmpdir(), "klsched-hostile-"));
const folder = (name: string) => {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** The code and message of what `call` throws. */
function thrown(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    return { code: isKlschedError(error) ? error.code : `untyped ${(error as Error).name}`, message: (error as Error).message };
  }
  return { code: "none", message: "" };
}

/** Reads every row of a folder's data. */
function readAll(dir: string): number {
  let rows = 0;
  for (const batch of openImageFolder(dir).batches(16)) rows += batch.length;
  return rows;
}

describe("image folders refuse hostile files cheaply", () => {
  it.each([
    [30000, 30000, 0],
    [16000, 16000, 2],
  ] as const)(
    "a PNG declaring %i×%i (colour type %i) is refused from its header, before decoding",
    (width, height, colorType) => {
      const dir = folder(`bomb-${width}-${colorType}`);
      writeFileSync(join(dir, "bomb.png"), declaredPng(width, height, colorType));
      const { code, message } = thrown(() => openImageFolder(dir));
      expect(code).toBe("limit-exceeded");
      expect(message).toContain(`bomb.png declares ${width}×${height} = ${width * height} pixels`);
      expect(message).toContain(`exceeds the limit ${DEFAULT_MAX_PIXELS}`);
    },
  );

  it("maxPixels raises or lowers the budget: a 64×64 image passes at 4096 and is refused at 4095", () => {
    const dir = folder("budget");
    writePng(join(dir, "a.png"), 64, 64, new Uint8Array(64 * 64).fill(7), 1);
    expect(openImageFolder(dir, { maxPixels: 4096 }).rows).toBe(1);
    expect(thrown(() => openImageFolder(dir, { maxPixels: 4095 })).code).toBe("limit-exceeded");
  });

  it("a PNG whose IDAT is cut short (recomputed CRC) is a corrupt-file error, not a black image counted as data", () => {
    const dir = folder("short-idat");
    writePng(join(dir, "ok.png"), 8, 8, new Uint8Array(64).fill(200), 1);
    const rows = deflateSync(new Uint8Array(3 * 9)); // 3 of 8 rows
    writeFileSync(
      join(dir, "short.png"),
      pngFile([pngChunk("IHDR", ihdr(8, 8, 0)), pngChunk("IDAT", rows), pngChunk("IEND", new Uint8Array())]),
    );
    const { code, message } = thrown(() => readAll(dir));
    expect(code).toBe("corrupt-file");
    expect(message).toContain("short.png: the image data decompress to 27 bytes, the header's 8×8 needs 72");
  });

  it("a PNG with a flipped bit in its IDAT fails its checksum: a corrupt-file error naming the file", () => {
    const dir = folder("flipped");
    writePng(
      join(dir, "flip.png"),
      8,
      8,
      Uint8Array.from({ length: 64 }, (_, i) => i * 3),
      1,
    );
    const bytes = readFileSync(join(dir, "flip.png"));
    const idat = bytes.indexOf("IDAT");
    bytes[idat + 6] = (bytes[idat + 6] as number) ^ 0x10;
    writeFileSync(join(dir, "flip.png"), bytes);
    const { code, message } = thrown(() => readAll(dir));
    expect(code).toBe("corrupt-file");
    expect(message).toMatch(/flip\.png: the IDAT chunk at byte \d+ fails its checksum/);
    expect(message).not.toMatch(/pngjs|Error:/);
  });
});

describe("input paths must be regular files", () => {
  it("a spectrum path linked to /dev/zero is refused without reading it", () => {
    const link = join(folder("links"), "zero.npy");
    symlinkSync("/dev/zero", link);
    expect(thrown(() => loadSpectrum(link)).message).toBe(`spectrum="${link}": not a regular file (it is a device)`);
  });

  it("a FIFO as a spectrum or a .npy data matrix is refused at once (opening it does not wait for a writer)", () => {
    const fifo = join(folder("fifo"), "pipe.csv");
    execFileSync("mkfifo", [fifo]);
    expect(thrown(() => loadSpectrum(fifo)).message).toBe(`spectrum="${fifo}": not a regular file (it is a FIFO)`);
    const npy = join(folder("fifo"), "pipe.npy");
    execFileSync("mkfifo", [npy]);
    expect(thrown(() => openNpyData(npy)).message).toBe(`npy="${npy}": not a regular file (it is a FIFO)`);
  });

  it("a folder named as a spectrum file is refused", () => {
    const dir = folder("a-folder.json");
    expect(thrown(() => loadSpectrum(dir)).message).toBe(`spectrum="${dir}": not a regular file (it is a folder)`);
  });
});
