import { describe, expect, it } from "vitest";
import { resizeAndCenterCrop, roundHalfEven, shorterSideShape } from "./image-resize.js";
import { uniformArray } from "./test-support/random.js";

describe("resizeAndCenterCrop", () => {
  it("resizeAndCenterCrop of a square image at its own size returns it unchanged", () => {
    const pixels = uniformArray(5 * 5 * 3, 1, 0, 255);
    expect(resizeAndCenterCrop(pixels, { height: 5, width: 5, channels: 3 }, 5)).toEqual(pixels);
  });

  it("halving averages each output's four nearest inputs per axis with PIL's weights 1/8, 3/8, 3/8, 1/8", () => {
    const line = Float64Array.from([0, 8, 16, 0, 8, 0, 40, 8]); // one row of 8 pixels, grey
    const image = new Float64Array(8 * 8);
    for (let y = 0; y < 8; y++) image.set(line, y * 8);
    const out = resizeAndCenterCrop(image, { height: 8, width: 8, channels: 1 }, 4);
    // output k reads inputs 2k − 1 … 2k + 2 (clipped at the edges and renormalised)
    const expected = [
      (3 * 0 + 3 * 8 + 16) / 7,
      (8 + 3 * 16 + 3 * 0 + 8) / 8,
      (0 + 3 * 8 + 3 * 0 + 40) / 8,
      (0 + 3 * 40 + 3 * 8) / 7,
    ];
    for (let y = 0; y < 4; y++) {
      for (let x = 0; x < 4; x++) expect(out[y * 4 + x]).toBeCloseTo(expected[x]!, 12);
    }
  });

  it("a constant image stays constant at any size, enlarged or shrunk", () => {
    const image = new Float64Array(7 * 13 * 3).fill(42);
    for (const size of [1, 3, 7, 20]) {
      const out = resizeAndCenterCrop(image, { height: 7, width: 13, channels: 3 }, size);
      expect(out.length).toBe(size * size * 3);
      for (const v of out) expect(v).toBeCloseTo(42, 12);
    }
  });

  it("a 28 × 40 image at size 28 is only cropped: columns 6 to 33, as torchvision's CenterCrop", () => {
    const image = Float64Array.from({ length: 28 * 40 }, (_, i) => i % 40);
    const out = resizeAndCenterCrop(image, { height: 28, width: 40, channels: 1 }, 28);
    expect(Array.from(out.subarray(0, 28))).toEqual(Array.from({ length: 28 }, (_, x) => x + 6));
  });

  it("the channels of an interleaved image are resampled independently", () => {
    const shape = { height: 9, width: 6, channels: 2 };
    const both = uniformArray(9 * 6 * 2, 3, 0, 255);
    const first = both.filter((_, i) => i % 2 === 0);
    const out = resizeAndCenterCrop(both, shape, 4);
    const alone = resizeAndCenterCrop(first, { ...shape, channels: 1 }, 4);
    alone.forEach((v, i) => {
      expect(out[2 * i]).toBeCloseTo(v, 12);
    });
  });
});

describe("shorterSideShape and roundHalfEven", () => {
  it("shorterSideShape scales the shorter side to the size and truncates the longer, as torchvision's Resize", () => {
    expect(shorterSideShape(480, 640, 32)).toEqual({ height: 32, width: 42 });
    expect(shorterSideShape(100, 30, 32)).toEqual({ height: 106, width: 32 });
  });

  it("roundHalfEven rounds ties to even, as Python's round", () => {
    expect([0.5, 1.5, 2.5, 3, 3.4, 3.6].map(roundHalfEven)).toEqual([0, 2, 2, 3, 3, 4]);
  });
});
