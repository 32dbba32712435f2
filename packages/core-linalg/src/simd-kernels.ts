import { InvalidArgumentError } from "./invalid-argument-error.js";
import { encodeModule, f64, i32, op, v128, type WasmFunction } from "./wasm-encoder.js";

/**
 * The two O(d³) inner loops of klsched's linear algebra, in WebAssembly SIMD (f64x2) with a plain
 * TypeScript twin that states what they compute and runs where WebAssembly SIMD is unavailable.
 * Why WebAssembly: scalar JavaScript peaks near one multiply–add per cycle. Register-blocked scalar
 * loops reached 2.4 G multiply–adds/s on the 2-core EPYC this was written on, which puts the covariance
 * of 60000 × 784 at ~8 s and the eigenvalues of d = 3072 at ~9 s; these f64x2 kernels reach ~7.5 G/s on
 * the covariance and 2.5× on the tridiagonalisation (current figures: bench/index.bench.ts).
 * All arguments are offsets into `heap`, in doubles.
 */
export interface Kernels {
  /** Float64 view of the memory both kernels work on (valid while the kernels are). */
  readonly heap: Float64Array;
  readonly simd: boolean;
  /**
   * C += BᵀB on the lower block triangle, 4 × 4 blocks at a time. B (rows × 4·groups) is stored as
   * column panels: panel g holds B[k][4g..4g+3] for k = 0..rows−1, contiguously. C is (4·groups)²,
   * row-major with leading dimension `ld`; blocks with gj ≤ gi are updated (diagonal blocks whole).
   */
  syrkPanels(c: number, panels: number, groups: number, rows: number, ld: number): void;
  /**
   * One fused step of the Householder tridiagonalisation (see householder-tridiagonal.ts): for the rows
   * j = start, start+1, …, l−1 (an even count) of a packed lower triangle whose row `start` begins at
   * `row`, A[j][k] −= q[j]·v[k] + v[j]·q[k] for k ≤ j, and p += A·w with the updated values.
   */
  fusedRank2(row: number, v: number, q: number, w: number, p: number, start: number, l: number): void;
}

const MAX_BYTES = 2 ** 32; // a 32-bit WebAssembly memory

/** Kernels over a fresh heap of `doubles` float64 values; `simd: false` forces the TypeScript twin. */
export function createKernels(doubles: number, { simd = true }: { simd?: boolean } = {}): Kernels {
  const bytes = Math.max(doubles, 1) * 8;
  if (bytes > MAX_BYTES) {
    throw new InvalidArgumentError(
      "size",
      `${(bytes / 2 ** 30).toFixed(1)} GiB`,
      "more than the 4 GiB one WebAssembly memory holds",
    );
  }
  const module = simd ? compiledModule() : undefined;
  if (module === undefined) return scalarKernels(new Float64Array(doubles));
  const memory = new (wasmApi() as WasmApi).Memory({ initial: Math.max(1, Math.ceil(bytes / 65536)) });
  const exports = new (wasmApi() as WasmApi).Instance(module, { env: { memory } }).exports as WasmExports;
  return wasmKernels(new Float64Array(memory.buffer, 0, doubles), exports);
}

/**
 * Heaps up to this size are kept between calls of {@link withScratchKernels}: 8 MiB holds the packed
 * triangle of d ≈ 1400, where an eigenproblem's O(d³) work (~0.3 s) dwarfs a fresh instance (~1 ms).
 */
const RETAINED_BYTES = 8 * 2 ** 20;

/** The retained instance: one memory, grown (never shrunk) to the largest heap asked for so far. */
interface Retained {
  readonly memory: WasmMemory;
  readonly exports: WasmExports;
}
let retained: Retained | undefined;
let retainedScalar: Float64Array | undefined;
let scratchInUse = false;

/**
 * Runs `work` on kernels over a heap of at least `doubles` values (contents unspecified) and returns
 * its result. Small heaps reuse one WebAssembly instance and memory across calls, growing the memory
 * only when a larger heap is asked for: a fresh memory and instance cost 0.1–1 ms, more than a whole
 * 8 × 8 eigenproblem. The kernels are valid only inside `work`; a nested call, or a heap beyond 8 MiB,
 * gets fresh kernels instead, so nothing is ever shared between two live callers.
 */
export function withScratchKernels<T>(doubles: number, work: (kernels: Kernels) => T): T {
  const bytes = Math.max(doubles, 1) * 8;
  if (scratchInUse || bytes > RETAINED_BYTES) return work(createKernels(doubles));
  scratchInUse = true;
  try {
    return work(retainedKernels(doubles, bytes));
  } finally {
    scratchInUse = false;
  }
}

/** Kernels over the retained memory (grown to `bytes` if needed), or the retained scalar heap. */
function retainedKernels(doubles: number, bytes: number): Kernels {
  const module = compiledModule();
  if (module === undefined) {
    if (retainedScalar === undefined || retainedScalar.length < doubles) retainedScalar = new Float64Array(doubles);
    return scalarKernels(retainedScalar.subarray(0, doubles));
  }
  if (retained === undefined) {
    const memory = new (wasmApi() as WasmApi).Memory({ initial: Math.ceil(bytes / 65536) });
    const exports = new (wasmApi() as WasmApi).Instance(module, { env: { memory } }).exports as WasmExports;
    retained = { memory, exports };
  }
  const { memory, exports } = retained;
  const missing = Math.ceil((bytes - memory.buffer.byteLength) / 65536);
  if (missing > 0) memory.grow(missing); // detaches the old buffer: views are made after this
  return wasmKernels(new Float64Array(memory.buffer, 0, doubles), exports);
}

/** The kernels' calling convention over an instance's exports: offsets in doubles become bytes. */
function wasmKernels(heap: Float64Array, exports: WasmExports): Kernels {
  return {
    heap,
    simd: true,
    syrkPanels: (c, panels, groups, rows, ld) => exports.syrkPanels(c * 8, panels * 8, groups, rows * 32, ld * 8),
    fusedRank2: (row, v, q, w, p, start, l) => exports.fusedRank2(row * 8, v * 8, q * 8, w * 8, p * 8, start, l),
  };
}

/** The part of the WebAssembly JS API used here (typed locally: the package's `lib` is ES2022 only). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { readonly exports: unknown };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
type WasmModule = { readonly __brand: "WebAssembly.Module" };
const wasmApi = () => (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

interface WasmExports {
  syrkPanels(c: number, panels: number, groups: number, panelBytes: number, ldBytes: number): void;
  fusedRank2(row: number, v: number, q: number, w: number, p: number, start: number, l: number): void;
}

let compiled: WasmModule | null | undefined;

/**
 * The compiled module (1.5 KB, small enough for synchronous compilation on a browser's main thread), or
 * undefined where WebAssembly SIMD is unavailable. Compiled once.
 */
function compiledModule(): WasmModule | undefined {
  if (compiled === undefined) {
    const api = wasmApi();
    const bytes = encodeModule([syrkPanelsWasm(), fusedRank2Wasm()]);
    try {
      compiled = api?.validate(bytes) ? new api.Module(bytes) : null;
    } catch {
      compiled = null; // e.g. a Content-Security-Policy without 'wasm-unsafe-eval'
    }
  }
  return compiled ?? undefined;
}

/** The TypeScript twin: the same loops, the same formulas, scalar. */
function scalarKernels(heap: Float64Array): Kernels {
  const h = heap;
  return {
    heap,
    simd: false,
    syrkPanels(c, panels, groups, rows, ld) {
      const panel = 4 * rows;
      for (let gi = 0; gi < groups; gi++) {
        for (let gj = 0; gj <= gi; gj++) {
          for (let r = 0; r < 4; r++) {
            for (let s = 0; s < 4; s++) {
              const a = panels + gi * panel + r;
              const b = panels + gj * panel + s;
              let sum = 0;
              for (let k = 0; k < 4 * rows; k += 4) sum += (h[a + k] as number) * (h[b + k] as number);
              const at = c + (4 * gi + r) * ld + 4 * gj + s;
              h[at] = (h[at] as number) + sum;
            }
          }
        }
      }
    },
    fusedRank2(row, v, q, w, p, start, l) {
      for (let j = start; j < l; j++) {
        const qj = h[q + j] as number;
        const vj = h[v + j] as number;
        const wj = h[w + j] as number;
        let s = 0;
        for (let k = 0; k < j; k++) {
          const x = (h[row + k] as number) - qj * (h[v + k] as number) - vj * (h[q + k] as number);
          h[row + k] = x;
          s += x * (h[w + k] as number);
          h[p + k] = (h[p + k] as number) + x * wj;
        }
        const x = (h[row + j] as number) - qj * vj - vj * qj;
        h[row + j] = x;
        h[p + j] = (h[p + j] as number) + s + x * wj;
        row += j + 1;
      }
    },
  };
}

/**
 * syrkPanels in f64x2: for each block (gi, gj), eight f64x2 accumulators hold the 4 × 4 block; per row
 * k, two loads of B[k][4gj..4gj+3], four broadcasts of B[k][4gi+r], eight multiply–adds.
 */
function syrkPanelsWasm(): WasmFunction {
  const [c, panels, groups, panelBytes, ldBytes] = [0, 1, 2, 3, 4];
  const [gi, gj, pi, pj, t, cRow] = [5, 6, 7, 8, 9, 10];
  const acc = (r: number, half: number) => 11 + 2 * r + half; // 11..18
  const [b0, b1, a] = [19, 20, 21];
  const rows = [0, 1, 2, 3];
  return {
    name: "syrkPanels",
    params: [i32, i32, i32, i32, i32],
    locals: [i32, i32, i32, i32, i32, i32, ...new Array<typeof v128>(11).fill(v128)],
    // biome-ignore format: one line per step of the loop, as in the text format
    body: [
      op.i32Const(0), op.set(gi), op.get(panels), op.set(pi),
      op.block, op.loop, // for gi in 0..groups−1
      op.get(gi), op.get(groups), op.i32GeU, op.brIf(1),
      op.i32Const(0), op.set(gj), op.get(panels), op.set(pj),
      op.block, op.loop, // for gj in 0..gi
      op.get(gj), op.get(gi), op.i32GtU, op.brIf(1),
      ...rows.flatMap((r) => [op.v128Const0, op.set(acc(r, 0)), op.v128Const0, op.set(acc(r, 1))]),
      op.i32Const(0), op.set(t),
      op.block, op.loop, // for k in 0..rows−1 (t = 32k)
      op.get(t), op.get(panelBytes), op.i32GeU, op.brIf(1),
      op.get(pj), op.get(t), op.i32Add, op.v128Load(0), op.set(b0),
      op.get(pj), op.get(t), op.i32Add, op.v128Load(16), op.set(b1),
      ...rows.flatMap((r) => [
        op.get(pi), op.get(t), op.i32Add, op.v128Load64Splat(8 * r), op.set(a),
        op.get(acc(r, 0)), op.get(a), op.get(b0), op.f64x2Mul, op.f64x2Add, op.set(acc(r, 0)),
        op.get(acc(r, 1)), op.get(a), op.get(b1), op.f64x2Mul, op.f64x2Add, op.set(acc(r, 1)),
      ]),
      op.get(t), op.i32Const(32), op.i32Add, op.set(t), op.br(0),
      op.end, op.end,
      // C[4gi + r][4gj..4gj+3] += block row r
      op.get(c), op.get(gi), op.get(ldBytes), op.i32Const(2), op.i32Shl, op.i32Mul, op.i32Add,
      op.get(gj), op.i32Const(5), op.i32Shl, op.i32Add, op.set(cRow),
      ...rows.flatMap((r) => [
        op.get(cRow), op.get(cRow), op.v128Load(0), op.get(acc(r, 0)), op.f64x2Add, op.v128Store(0),
        op.get(cRow), op.get(cRow), op.v128Load(16), op.get(acc(r, 1)), op.f64x2Add, op.v128Store(16),
        op.get(cRow), op.get(ldBytes), op.i32Add, op.set(cRow),
      ]),
      op.get(gj), op.i32Const(1), op.i32Add, op.set(gj),
      op.get(pj), op.get(panelBytes), op.i32Add, op.set(pj), op.br(0),
      op.end, op.end,
      op.get(gi), op.i32Const(1), op.i32Add, op.set(gi),
      op.get(pi), op.get(panelBytes), op.i32Add, op.set(pi), op.br(0),
      op.end, op.end,
    ],
  };
}

/**
 * fusedRank2 in f64x2: rows j and j+1 together, two k per step (loads of v, q, w and p shared by both
 * rows), then a scalar k when j is odd, then the 2 × 2 triangle on the diagonal.
 */
function fusedRank2Wasm(): WasmFunction {
  const [row, v, q, w, p, j, l] = [0, 1, 2, 3, 4, 5, 6];
  const [row1, t, kEnd, jb] = [7, 8, 9, 10];
  const [q0, u0, w0, q1, u1, w1, s0, s1, x0, x1, x11] = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
  const [vq0, vu0, vw0, vq1, vu1, vw1, vs0, vs1, vk, qk, wk, vx0, vx1] = [22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34];
  const at = (base: number, offset: number) => [op.get(base), op.get(offset), op.i32Add];
  /** x = A[r][k] − qr·v[k] − ur·q[k], stored back; leaves nothing on the stack. */
  const updateVector = (r: number, qr: number, ur: number, x: number) => [
    ...at(r, t),
    ...at(r, t),
    op.v128Load(0),
    op.get(qr),
    op.get(vk),
    op.f64x2Mul,
    op.f64x2Sub,
    op.get(ur),
    op.get(qk),
    op.f64x2Mul,
    op.f64x2Sub,
    op.tee(x),
    op.v128Store(0),
  ];
  const updateScalar = (r: number, qr: number, ur: number, x: number) => [
    ...at(r, t),
    ...at(r, t),
    op.f64Load(0),
    op.get(qr),
    ...at(v, t),
    op.f64Load(0),
    op.f64Mul,
    op.f64Sub,
    op.get(ur),
    ...at(q, t),
    op.f64Load(0),
    op.f64Mul,
    op.f64Sub,
    op.tee(x),
    op.f64Store(0),
  ];
  /** A[r][diagonal at byte offset] −= qa·ub + ua·qb, into x. */
  const updateDiagonal = (r: number, offset: number, qa: number, ub: number, ua: number, qb: number, x: number) => [
    ...at(r, jb),
    ...at(r, jb),
    op.f64Load(offset),
    op.get(qa),
    op.get(ub),
    op.f64Mul,
    op.f64Sub,
    op.get(ua),
    op.get(qb),
    op.f64Mul,
    op.f64Sub,
    op.tee(x),
    op.f64Store(offset),
  ];
  const splat = (from: number, to: number) => [op.get(from), op.f64x2Splat, op.set(to)];
  return {
    name: "fusedRank2",
    params: [i32, i32, i32, i32, i32, i32, i32],
    locals: [i32, i32, i32, i32, ...new Array<typeof f64>(11).fill(f64), ...new Array<typeof v128>(13).fill(v128)],
    // biome-ignore format: one line per step of the loop, as in the text format
    body: [
      op.block, op.loop, // for each pair of rows j, j+1
      op.get(j), op.get(l), op.i32GeU, op.brIf(1),
      op.get(j), op.i32Const(3), op.i32Shl, op.set(jb),
      op.get(row), op.get(jb), op.i32Add, op.i32Const(8), op.i32Add, op.set(row1),
      ...at(q, jb), op.f64Load(0), op.set(q0), ...at(v, jb), op.f64Load(0), op.set(u0), ...at(w, jb), op.f64Load(0), op.set(w0),
      ...at(q, jb), op.f64Load(8), op.set(q1), ...at(v, jb), op.f64Load(8), op.set(u1), ...at(w, jb), op.f64Load(8), op.set(w1),
      ...splat(q0, vq0), ...splat(u0, vu0), ...splat(w0, vw0), ...splat(q1, vq1), ...splat(u1, vu1), ...splat(w1, vw1),
      op.v128Const0, op.set(vs0), op.v128Const0, op.set(vs1),
      op.get(jb), op.i32Const(-16), op.i32And, op.set(kEnd),
      op.i32Const(0), op.set(t),
      op.block, op.loop, // for k < j in pairs (t = 8k)
      op.get(t), op.get(kEnd), op.i32GeU, op.brIf(1),
      ...at(v, t), op.v128Load(0), op.set(vk),
      ...at(q, t), op.v128Load(0), op.set(qk),
      ...at(w, t), op.v128Load(0), op.set(wk),
      ...updateVector(row, vq0, vu0, vx0),
      ...updateVector(row1, vq1, vu1, vx1),
      op.get(vs0), op.get(vx0), op.get(wk), op.f64x2Mul, op.f64x2Add, op.set(vs0),
      op.get(vs1), op.get(vx1), op.get(wk), op.f64x2Mul, op.f64x2Add, op.set(vs1),
      ...at(p, t),
      ...at(p, t), op.v128Load(0), op.get(vx0), op.get(vw0), op.f64x2Mul, op.f64x2Add,
      op.get(vx1), op.get(vw1), op.f64x2Mul, op.f64x2Add, op.v128Store(0),
      op.get(t), op.i32Const(16), op.i32Add, op.set(t), op.br(0),
      op.end, op.end,
      op.get(vs0), op.f64x2ExtractLane(0), op.get(vs0), op.f64x2ExtractLane(1), op.f64Add, op.set(s0),
      op.get(vs1), op.f64x2ExtractLane(0), op.get(vs1), op.f64x2ExtractLane(1), op.f64Add, op.set(s1),
      op.block, // the last k < j when j is odd
      op.get(t), op.get(jb), op.i32GeU, op.brIf(0),
      ...updateScalar(row, q0, u0, x0),
      ...updateScalar(row1, q1, u1, x1),
      op.get(s0), op.get(x0), ...at(w, t), op.f64Load(0), op.f64Mul, op.f64Add, op.set(s0),
      op.get(s1), op.get(x1), ...at(w, t), op.f64Load(0), op.f64Mul, op.f64Add, op.set(s1),
      ...at(p, t),
      ...at(p, t), op.f64Load(0), op.get(x0), op.get(w0), op.f64Mul, op.f64Add,
      op.get(x1), op.get(w1), op.f64Mul, op.f64Add, op.f64Store(0),
      op.end,
      // the diagonal triangle: A[j][j] into x0, A[j+1][j] into x1, A[j+1][j+1] into x11
      ...updateDiagonal(row, 0, q0, u0, u0, q0, x0),
      ...updateDiagonal(row1, 0, q1, u0, u1, q0, x1),
      ...updateDiagonal(row1, 8, q1, u1, u1, q1, x11),
      ...at(p, jb),
      ...at(p, jb), op.f64Load(0), op.get(s0), op.f64Add, op.get(x0), op.get(w0), op.f64Mul, op.f64Add,
      op.get(x1), op.get(w1), op.f64Mul, op.f64Add, op.f64Store(0),
      ...at(p, jb),
      ...at(p, jb), op.f64Load(8), op.get(s1), op.f64Add, op.get(x1), op.get(w0), op.f64Mul, op.f64Add,
      op.get(x11), op.get(w1), op.f64Mul, op.f64Add, op.f64Store(8),
      // next pair: row j+2 starts after row j+1's j+2 entries
      op.get(row1), op.get(jb), op.i32Add, op.i32Const(16), op.i32Add, op.set(row),
      op.get(j), op.i32Const(2), op.i32Add, op.set(j), op.br(0),
      op.end, op.end,
    ],
  };
}
