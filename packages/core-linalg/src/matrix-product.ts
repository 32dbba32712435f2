import { InvalidArgumentError } from "./invalid-argument-error.js";
import { createPanelProductKernel, type PanelProductKernel } from "./panel-product-kernel.js";

/** Rows of A per block (as syrkPanels: 256 measured best at d = 784 on this machine, within its noise). */
const BLOCK_ROWS = 256;

/** Products A·B with one fixed right factor B (k × m), packed once: see {@link rightMultiplier}. */
export interface RightMultiplier {
  /** k, the rows of B (the columns A must have). */
  readonly k: number;
  /** m, the columns of B and of every product. */
  readonly m: number;
  /** Whether the WebAssembly SIMD kernel runs (else its TypeScript twin). */
  readonly simd: boolean;
  /**
   * A·B for the n × k row-major matrix `a` (its first n·k values), into `out` (n × m row-major,
   * allocated when omitted). No allocation per call besides `out`.
   */
  multiply(a: Float64Array, n: number, out?: Float64Array): Float64Array;
}

/**
 * A·B for many A and one B (k × m, row-major): the multiplications of a mixture denoiser, whose
 * eigenbases are fixed while the samples change. B is packed once into column panels of 4 in a
 * WebAssembly memory; each product packs A in blocks of 256 rows and runs the 4 × 4 register-blocked
 * f64x2 kernel of panel-product-kernel.ts (Goto & van de Geijn 2008, "Anatomy of high-performance
 * matrix multiplication": packed panels, a register block, the small operand kept in cache).
 * Sums run over k in order, so a product equals the naive triple loop up to the rounding of its
 * k-term sums. `simd: false` forces the TypeScript twin.
 *
 * @throws InvalidArgumentError when k or m is not a positive integer or `b` has fewer than k·m values.
 * @example
 * ```ts
 * import { rightMultiplier } from "@klsched/core-linalg";
 * const times = rightMultiplier(Float64Array.of(1, 2, 3, 4), 2, 2); // B = [[1, 2], [3, 4]]
 * times.multiply(Float64Array.of(1, 1), 1); // Float64Array [4, 6]
 * ```
 */
export function rightMultiplier(
  b: Float64Array,
  k: number,
  m: number,
  { simd = true }: { simd?: boolean } = {},
): RightMultiplier {
  checkDimension("k", k);
  checkDimension("m", m);
  if (b.length < k * m) throw new InvalidArgumentError("b", `${b.length} values`, `expected at least k·m = ${k * m}`);
  const groupsQ = Math.ceil(m / 4);
  const ld = 4 * groupsQ;
  const panel = 4 * k;
  const qAt = 0;
  const pAt = groupsQ * panel;
  const cAt = pAt + (BLOCK_ROWS / 4) * panel;
  const kernel: PanelProductKernel = createPanelProductKernel(cAt + BLOCK_ROWS * ld, { simd });
  const heap = kernel.heap;
  for (let j = 0; j < m; j++) {
    const at = qAt + (j >> 2) * panel + (j & 3);
    for (let t = 0; t < k; t++) heap[at + 4 * t] = b[t * m + j] as number;
  }
  const multiply = (a: Float64Array, n: number, out?: Float64Array): Float64Array => {
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("n", n, "expected a whole number of rows");
    if (a.length < n * k) throw new InvalidArgumentError("a", `${a.length} values`, `expected at least n·k = ${n * k}`);
    const result = out ?? new Float64Array(n * m);
    if (result.length < n * m) throw new InvalidArgumentError("out", `${result.length} values`, `expected n·m = ${n * m}`);
    for (let first = 0; first < n; first += BLOCK_ROWS) {
      const rows = Math.min(BLOCK_ROWS, n - first);
      const groupsP = Math.ceil(rows / 4);
      for (let r = 0; r < 4 * groupsP; r++) {
        const at = pAt + (r >> 2) * panel + (r & 3);
        if (r < rows) {
          const row = (first + r) * k;
          for (let t = 0; t < k; t++) heap[at + 4 * t] = a[row + t] as number;
        } else {
          for (let t = 0; t < k; t++) heap[at + 4 * t] = 0;
        }
      }
      heap.fill(0, cAt, cAt + 4 * groupsP * ld);
      kernel.productPanels(cAt, pAt, qAt, groupsP, groupsQ, k, ld);
      for (let r = 0; r < rows; r++) {
        const from = cAt + r * ld;
        result.set(heap.subarray(from, from + m), (first + r) * m);
      }
    }
    return result;
  };
  return Object.freeze({ k, m, simd: kernel.simd, multiply });
}

/**
 * A·B of row-major A (n × k) and B (k × m): {@link rightMultiplier} for a single product.
 *
 * @throws InvalidArgumentError when a dimension is not a positive integer or an array is too short.
 * @example
 * ```ts
 * import { matrixProduct } from "@klsched/core-linalg";
 * matrixProduct(Float64Array.of(1, 2), Float64Array.of(3, 4), 1, 2, 1); // Float64Array [11]
 * ```
 */
export function matrixProduct(a: Float64Array, b: Float64Array, n: number, k: number, m: number): Float64Array {
  return rightMultiplier(b, k, m).multiply(a, n);
}

function checkDimension(argument: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError(argument, value, "expected a positive integer");
}
