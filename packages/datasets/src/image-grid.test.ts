import { createRequire } from "node:module";
import type * as PngJs from "pngjs";
import { describe, expect, it } from "vitest";
import { encodeImageGrid } from "./image-grid.js";

describe("encodeImageGrid", () => {
  it("encodeImageGrid lays images out in rows with gaps, pixels mapped from [−1, 1] to 0 … 255 (decoded back by pngjs)", () => {
    const images = Float64Array.of(-1, 1, 0, 2, /* second image */ 1, 1, 1, 1);
    const png = encodeImageGrid(
      [
        { images, count: 2 },
        { images, count: 1 },
      ],
      { height: 2, width: 2, channels: 1 },
      1,
    );
    const decoded = (createRequire(import.meta.url)("pngjs") as typeof PngJs).PNG.sync.read(Buffer.from(png));
    expect([decoded.width, decoded.height]).toEqual([2 * 2 + 3, 2 * 2 + 3]);
    const grey = (x: number, y: number) => decoded.data[4 * (y * decoded.width + x)];
    expect([grey(1, 1), grey(2, 1), grey(1, 2), grey(2, 2)]).toEqual([0, 255, 128, 255]);
    expect(grey(0, 0)).toBe(128); // the gap
    expect(grey(4, 1)).toBe(255); // the second image
    expect(grey(4, 4)).toBe(128); // the second row has one image: the rest is background
  });

  it("encodeImageGrid refuses a row shorter than its count", () => {
    expect(() => encodeImageGrid([{ images: new Float64Array(3), count: 1 }], { height: 2, width: 2, channels: 1 })).toThrow(
      /^rows\[0\]=/,
    );
  });
});
