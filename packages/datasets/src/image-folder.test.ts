import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { accumulateCovariance, CovarianceAccumulator } from "@klsched/core-linalg";
import { afterAll, describe, expect, it } from "vitest";
import { openImageFolder } from "./image-folder.js";
import { readImageHeader } from "./image-header.js";
import { greyToRgb, writeJpeg, writePng } from "./test-support/image-writer.js";
import { uniformArray } from "./test-support/random.js";

const root = mkdtempSync(join(tmpdir(), "klsched-images-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh folder under the test root. */
function folder(name: string): string {
  const path = join(root, name);
  mkdirSync(path, { recursive: true });
  return path;
}

/** n random 8-bit images of `samples` values each, smooth enough to survive JPEG well. */
function levels(n: number, samples: number, seed: number): Uint8Array[] {
  return Array.from({ length: n }, (_, i) => Uint8Array.from(uniformArray(samples, seed + i, 0, 256), Math.floor));
}

/** The rows a folder yields, concatenated. */
function rowsOf(source: { batches(rows: number): Iterable<ArrayLike<number>> }, batchRows = 3): number[] {
  return [...source.batches(batchRows)].flatMap((batch) => Array.from(batch));
}

const scale = (k: number) => (2 * k) / 255 - 1;

describe("openImageFolder on PNG files", () => {
  it("grey PNGs give one channel, pixels 2k/255 − 1 exactly, and the covariance of those rows", () => {
    const dir = folder("grey-png");
    const images = levels(6, 5 * 4, 100);
    images.forEach((image, i) => {
      writePng(join(dir, `img${i}.png`), 5, 4, image, 1);
    });
    const source = openImageFolder(dir);
    expect([source.rows, source.dimension, source.image]).toEqual([6, 20, { height: 4, width: 5, channels: 1 }]);
    const expected = images.flatMap((image) => Array.from(image, scale));
    expect(rowsOf(source)).toEqual(expected);
    const direct = new CovarianceAccumulator(20).add(Float64Array.from(expected)).covariance();
    expect(accumulateCovariance(source, { batchRows: 4 }).covariance()).toEqual(direct);
  });

  it("RGB and RGBA PNGs give three channels with alpha dropped, in sorted file order across subfolders", () => {
    const dir = folder("rgb-png");
    mkdirSync(join(dir, "b"));
    const images = levels(3, 3 * 3 * 4, 200);
    writePng(join(dir, "b", "x.png"), 3, 3, images[0]!, 4);
    writePng(join(dir, "a.png"), 3, 3, images[1]!.subarray(0, 27), 3);
    writePng(join(dir, "c.PNG"), 3, 3, images[2]!.subarray(0, 27), 3);
    writeFileSync(join(dir, "notes.txt"), "not an image");
    writePng(join(dir, ".hidden.png"), 3, 3, images[2]!.subarray(0, 27), 3);
    const source = openImageFolder(dir);
    expect(source.files).toEqual(["a.png", "b/x.png", "c.PNG"]);
    expect(source.image.channels).toBe(3);
    const withoutAlpha = Array.from(images[0]!).filter((_, i) => i % 4 !== 3);
    expect(rowsOf(source)).toEqual(
      [...Array.from(images[1]!.subarray(0, 27)), ...withoutAlpha, ...Array.from(images[2]!.subarray(0, 27))].map(scale),
    );
  });

  it("a folder of grey and colour images is read as RGB, each grey image repeated on three channels", () => {
    const dir = folder("mixed-colour");
    const grey = levels(1, 4, 300)[0]!;
    const colour = levels(1, 12, 301)[0]!;
    writePng(join(dir, "1.png"), 2, 2, grey, 1);
    writePng(join(dir, "2.png"), 2, 2, colour, 3);
    const source = openImageFolder(dir);
    expect(source.dimension).toBe(12);
    expect(rowsOf(source)).toEqual([...greyToRgb(grey), ...colour].map(scale));
  });

  it("images of mixed sizes are refused without a size and resized and centre-cropped with one", () => {
    const dir = folder("mixed-size");
    writePng(join(dir, "small.png"), 4, 4, new Uint8Array(16).fill(10), 1);
    writePng(join(dir, "wide.png"), 8, 6, new Uint8Array(48).fill(200), 1);
    expect(() => openImageFolder(dir)).toThrow(/mixed sizes \(small\.png is 4×4, wide\.png is 8×6\); give a size/);
    const source = openImageFolder(dir, { size: 3 });
    expect(source.image).toEqual({ height: 3, width: 3, channels: 1 });
    expect(rowsOf(source)).toEqual([...new Array(9).fill(scale(10)), ...new Array(9).fill(scale(200))]);
  });

  it("resized pixels are rounded back to 8-bit levels", () => {
    const dir = folder("rounding");
    writePng(
      join(dir, "ramp.png"),
      6,
      6,
      Uint8Array.from({ length: 36 }, (_, i) => (i * 7) % 256),
      1,
    );
    for (const value of rowsOf(openImageFolder(dir, { size: 4 }))) {
      const k = ((value + 1) * 255) / 2;
      expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
    }
  });
});

describe("openImageFolder on JPEG files", () => {
  it("grey content in jpeg-js's colour JPEGs is read as one channel, within JPEG's error of the source", () => {
    const dir = folder("grey-jpeg");
    const images = Array.from({ length: 4 }, (_, i) => Uint8Array.from({ length: 64 }, (_, p) => 60 + 10 * i + 4 * (p % 8)));
    images.forEach((image, i) => {
      writeJpeg(join(dir, `d${i}.jpg`), 8, 8, greyToRgb(image));
    });
    expect(readImageHeader(readFileSync(join(dir, "d0.jpg")))).toEqual({ format: "jpeg", width: 8, height: 8, gray: false });
    const source = openImageFolder(dir);
    expect(source.image).toEqual({ height: 8, width: 8, channels: 1 });
    const rows = rowsOf(source);
    images
      .flatMap((image) => Array.from(image, scale))
      .forEach((x, i) => {
        expect(Math.abs(rows[i]! - x)).toBeLessThanOrEqual(6 / 255);
      });
  });

  it("colour JPEGs and PNGs together give three channels", () => {
    const dir = folder("colour-jpeg");
    const rgb = Uint8Array.from({ length: 8 * 8 * 3 }, (_, i) => (i % 3 === 0 ? 200 : 40 + (i % 7)));
    writeJpeg(join(dir, "a.jpeg"), 8, 8, rgb);
    writePng(join(dir, "b.png"), 8, 8, rgb, 3);
    const source = openImageFolder(dir);
    expect([source.rows, source.image.channels]).toEqual([2, 3]);
    const rows = rowsOf(source);
    rows.slice(0, 192).forEach((x, i) => {
      expect(Math.abs(x - scale(rgb[i]!))).toBeLessThanOrEqual(12 / 255);
    });
  });
});

describe("openImageFolder refuses", () => {
  it("a folder with no image file, or only files that are not PNG or JPEG", () => {
    expect(() => openImageFolder(folder("empty"))).toThrow(/no \.png, \.jpg, \.jpeg file in the folder/);
    const dir = folder("fake");
    writeFileSync(join(dir, "a.png"), "<html>not a png</html>");
    writeFileSync(join(dir, "b.jpg"), new Uint8Array([0xff, 0xd8, 0xff]));
    expect(() => openImageFolder(dir)).toThrow(/no readable PNG or JPEG image \(2 files not PNG or JPEG: a\.png, b\.jpg\)/);
  });

  it("a missing folder, a file given as the folder, and a size out of range", () => {
    expect(() => openImageFolder(join(root, "absent"))).toThrow(/cannot read folder \(ENOENT\)/);
    writeFileSync(join(root, "file.png"), "x");
    expect(() => openImageFolder(join(root, "file.png"))).toThrow(/not a folder/);
    expect(() => openImageFolder(root, { size: 0 })).toThrow(/size=0: expected an integer from 1 to 4096/);
  });

  it("a PNG or JPEG whose header is fine but whose data is cut off, naming the file", () => {
    const dir = folder("truncated");
    writePng(join(dir, "ok.png"), 4, 4, new Uint8Array(16).fill(1), 1);
    writePng(join(dir, "cut.png"), 4, 4, uniformArray(16, 1, 0, 255), 1);
    const bytes = readFileSync(join(dir, "cut.png"));
    writeFileSync(join(dir, "cut.png"), bytes.subarray(0, 40));
    const source = openImageFolder(dir);
    expect(() => rowsOf(source)).toThrow(/cannot decode cut\.png/);
    const jpegDir = folder("truncated-jpeg");
    writeJpeg(join(jpegDir, "cut.jpg"), 16, 16, uniformArray(16 * 16 * 3, 2, 0, 255));
    const jpegBytes = readFileSync(join(jpegDir, "cut.jpg"));
    writeFileSync(join(jpegDir, "cut.jpg"), jpegBytes.subarray(0, Math.floor(jpegBytes.length * 0.7)));
    expect(() => openImageFolder(jpegDir)).toThrow(
      /cannot decode cut\.jpg: the JPEG data are cut short or damaged \(the decoder stopped\)$/,
    );
  });
});
