import { describe, expect, it } from "vitest";
import { createKernels, type Kernels, withScratchKernels } from "./simd-kernels.js";
import { uniformArray } from "./test-support/random.js";

/** The SIMD kernels and their TypeScript twin on the same heap contents. */
function pair(size: number, seed: number): [Kernels, Kernels] {
  const simd = createKernels(size);
  const scalar = createKernels(size, { simd: false });
  const start = uniformArray(size, seed, -1, 1);
  simd.heap.set(start);
  scalar.heap.set(start);
  return [simd, scalar];
}

function maxDifference(x: Float64Array, y: Float64Array): number {
  let difference = 0;
  for (let i = 0; i < x.length; i++) difference = Math.max(difference, Math.abs(x[i]! - y[i]!));
  return difference;
}

describe("createKernels", () => {
  it("createKernels uses WebAssembly SIMD on Node 20", () => {
    expect(createKernels(1).simd).toBe(true);
    expect(createKernels(1, { simd: false }).simd).toBe(false);
  });

  it("createKernels refuses a heap beyond a 32-bit WebAssembly memory", () => {
    expect(() => createKernels(2 ** 29 + 1)).toThrow(/4 GiB/);
  });
});

describe("withScratchKernels", () => {
  it("withScratchKernels reuses one memory across calls, grows it when asked for more, and gives a nested call its own", () => {
    const first = withScratchKernels(1000, (k) => k.heap.buffer);
    expect(withScratchKernels(10, (k) => k.heap.buffer)).toBe(first);
    const grown = withScratchKernels(200_000, (k) => {
      expect(k.heap.length).toBe(200_000);
      k.heap[199_999] = 7;
      return k.heap.buffer;
    });
    expect(grown.byteLength).toBeGreaterThanOrEqual(1_600_000);
    expect(withScratchKernels(200_000, (k) => k.heap[199_999])).toBe(7); // the same memory, kept
    withScratchKernels(8, (outer) => {
      withScratchKernels(8, (inner) => expect(inner.heap.buffer).not.toBe(outer.heap.buffer));
    });
    expect(withScratchKernels(2 ** 21, (k) => k.heap.buffer)).not.toBe(withScratchKernels(8, (k) => k.heap.buffer)); // 16 MiB: fresh
  });

  it("withScratchKernels releases the retained memory for the next call when `work` throws", () => {
    const kept = withScratchKernels(8, (k) => k.heap.buffer);
    expect(() =>
      withScratchKernels(8, () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(withScratchKernels(8, (k) => k.heap.buffer)).toBe(kept);
  });
});

describe("kernels: WebAssembly SIMD = TypeScript twin", () => {
  it("syrkPanels adds BᵀB to the lower 4 × 4 blocks like the scalar loops, to 1e-14", () => {
    const [groups, rows, ld] = [5, 37, 24];
    const [simd, scalar] = pair(ld * ld + 4 * groups * rows, 1);
    for (const k of [simd, scalar]) k.syrkPanels(0, ld * ld, groups, rows, ld);
    expect(maxDifference(simd.heap, scalar.heap)).toBeLessThan(1e-14 * rows);
    // and it is BᵀB: entry (6, 1) = Σ_k B[k][6]·B[k][1], with B[k][c] in panel c>>2 at 4k + (c & 3)
    const b = (k: number, c: number) => scalar.heap[ld * ld + (c >> 2) * 4 * rows + 4 * k + (c & 3)]!;
    const start = uniformArray(ld * ld, 1, -1, 1)[6 * ld + 1]!;
    let sum = 0;
    for (let k = 0; k < rows; k++) sum += b(k, 6) * b(k, 1);
    expect(simd.heap[6 * ld + 1]).toBeCloseTo(start + sum, 13);
  });

  for (const [l, start] of [
    [10, 0],
    [9, 1],
    [2, 0],
  ] as const) {
    it(`fusedRank2 over rows ${start}..${l - 1} updates the packed triangle and accumulates p like the scalar loops`, () => {
      const packed = (l * (l + 1)) / 2;
      const [v, q, w, p] = [packed, packed + l, packed + 2 * l, packed + 3 * l];
      const [simd, scalar] = pair(packed + 4 * l, 2);
      const row = (start * (start + 1)) / 2;
      for (const k of [simd, scalar]) k.fusedRank2(row, v, q, w, p, start, l);
      expect(maxDifference(simd.heap, scalar.heap)).toBeLessThan(1e-14);
      if (start > 0) expect(simd.heap[row - 1]).toBe(uniformArray(packed, 2, -1, 1)[row - 1]); // rows before `start` untouched
    });
  }
});
