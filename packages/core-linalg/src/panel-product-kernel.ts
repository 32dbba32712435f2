import { encodeModule, i32, op, v128, type WasmFunction } from "./wasm-encoder.js";

/**
 * The inner loop of {@link rightMultiplier}: C += PᵀQ on 4 × 4 blocks, in WebAssembly SIMD (f64x2)
 * with a TypeScript twin that states what it computes. P (k × 4·groupsP) and Q (k × 4·groupsQ) are
 * stored as column panels: panel g holds the rows t = 0 … k−1 of its 4 columns, contiguously
 * (P[t][4g + r] at g·4k + 4t + r). C is (4·groupsP) × (4·groupsQ), row-major with leading dimension
 * `ld`. The Q panel stays in L1 while every P panel streams past it. The same block kernel as
 * simd-kernels.ts's syrkPanels, over two panel sets and every block instead of a triangle.
 * All arguments are offsets into `heap`, in doubles.
 */
export interface PanelProductKernel {
  readonly heap: Float64Array;
  readonly simd: boolean;
  productPanels(c: number, p: number, q: number, groupsP: number, groupsQ: number, k: number, ld: number): void;
}

const MAX_BYTES = 2 ** 32;

/** A kernel over a fresh heap of `doubles` float64 values; `simd: false` forces the TypeScript twin. */
export function createPanelProductKernel(doubles: number, { simd = true }: { simd?: boolean } = {}): PanelProductKernel {
  const bytes = Math.max(doubles, 1) * 8;
  if (bytes > MAX_BYTES) throw new RangeError(`a panel product of ${(bytes / 2 ** 30).toFixed(1)} GiB exceeds 4 GiB`);
  const module = simd ? compiledModule() : undefined;
  if (module === undefined) return scalarKernel(new Float64Array(doubles));
  const api = wasmApi() as WasmApi;
  const memory = new api.Memory({ initial: Math.max(1, Math.ceil(bytes / 65536)) });
  const exports = new api.Instance(module, { env: { memory } }).exports as {
    productPanels(c: number, p: number, q: number, groupsP: number, groupsQ: number, panelBytes: number, ldBytes: number): void;
  };
  return {
    heap: new Float64Array(memory.buffer, 0, doubles),
    simd: true,
    productPanels: (c, p, q, groupsP, groupsQ, k, ld) =>
      exports.productPanels(c * 8, p * 8, q * 8, groupsP, groupsQ, k * 32, ld * 8),
  };
}

/** The part of the WebAssembly JS API used here (typed locally: the package's `lib` is ES2022 only). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { readonly exports: unknown };
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
}
type WasmModule = { readonly __brand: "WebAssembly.Module" };
const wasmApi = () => (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

let compiled: WasmModule | null | undefined;

function compiledModule(): WasmModule | undefined {
  if (compiled === undefined) {
    const api = wasmApi();
    const bytes = encodeModule([productPanelsWasm()]);
    try {
      compiled = api?.validate(bytes) ? new api.Module(bytes) : null;
    } catch {
      compiled = null; // e.g. a Content-Security-Policy without 'wasm-unsafe-eval'
    }
  }
  return compiled ?? undefined;
}

/** The TypeScript twin: C[4gp + r][4gq + s] += Σ_t P[t][4gp + r]·Q[t][4gq + s]. */
function scalarKernel(heap: Float64Array): PanelProductKernel {
  const h = heap;
  return {
    heap,
    simd: false,
    productPanels(c, p, q, groupsP, groupsQ, k, ld) {
      const panel = 4 * k;
      for (let gq = 0; gq < groupsQ; gq++) {
        for (let gp = 0; gp < groupsP; gp++) {
          for (let r = 0; r < 4; r++) {
            for (let s = 0; s < 4; s++) {
              const a = p + gp * panel + r;
              const b = q + gq * panel + s;
              let sum = 0;
              for (let t = 0; t < panel; t += 4) sum += (h[a + t] as number) * (h[b + t] as number);
              const at = c + (4 * gp + r) * ld + 4 * gq + s;
              h[at] = (h[at] as number) + sum;
            }
          }
        }
      }
    },
  };
}

/**
 * productPanels in f64x2: for each block (gp, gq), eight f64x2 accumulators hold the 4 × 4 block; per
 * row t, two loads of Q[t][4gq..4gq+3], four broadcasts of P[t][4gp + r], eight multiply–adds.
 */
function productPanelsWasm(): WasmFunction {
  const [c, p, q, groupsP, groupsQ, panelBytes, ldBytes] = [0, 1, 2, 3, 4, 5, 6];
  const [gp, gq, pp, pq, t, cRow] = [7, 8, 9, 10, 11, 12];
  const acc = (r: number, half: number) => 13 + 2 * r + half; // 13..20
  const [b0, b1, a] = [21, 22, 23];
  const rows = [0, 1, 2, 3];
  return {
    name: "productPanels",
    params: [i32, i32, i32, i32, i32, i32, i32],
    locals: [i32, i32, i32, i32, i32, i32, ...new Array<typeof v128>(11).fill(v128)],
    // biome-ignore format: one line per step of the loop, as in the text format
    body: [
      op.i32Const(0), op.set(gq), op.get(q), op.set(pq),
      op.block, op.loop, // for gq in 0..groupsQ−1
      op.get(gq), op.get(groupsQ), op.i32GeU, op.brIf(1),
      op.i32Const(0), op.set(gp), op.get(p), op.set(pp),
      op.block, op.loop, // for gp in 0..groupsP−1
      op.get(gp), op.get(groupsP), op.i32GeU, op.brIf(1),
      ...rows.flatMap((r) => [op.v128Const0, op.set(acc(r, 0)), op.v128Const0, op.set(acc(r, 1))]),
      op.i32Const(0), op.set(t),
      op.block, op.loop, // for each row of the panels (t = 32·row)
      op.get(t), op.get(panelBytes), op.i32GeU, op.brIf(1),
      op.get(pq), op.get(t), op.i32Add, op.v128Load(0), op.set(b0),
      op.get(pq), op.get(t), op.i32Add, op.v128Load(16), op.set(b1),
      ...rows.flatMap((r) => [
        op.get(pp), op.get(t), op.i32Add, op.v128Load64Splat(8 * r), op.set(a),
        op.get(acc(r, 0)), op.get(a), op.get(b0), op.f64x2Mul, op.f64x2Add, op.set(acc(r, 0)),
        op.get(acc(r, 1)), op.get(a), op.get(b1), op.f64x2Mul, op.f64x2Add, op.set(acc(r, 1)),
      ]),
      op.get(t), op.i32Const(32), op.i32Add, op.set(t), op.br(0),
      op.end, op.end,
      // C[4gp + r][4gq..4gq+3] += block row r
      op.get(c), op.get(gp), op.get(ldBytes), op.i32Const(2), op.i32Shl, op.i32Mul, op.i32Add,
      op.get(gq), op.i32Const(5), op.i32Shl, op.i32Add, op.set(cRow),
      ...rows.flatMap((r) => [
        op.get(cRow), op.get(cRow), op.v128Load(0), op.get(acc(r, 0)), op.f64x2Add, op.v128Store(0),
        op.get(cRow), op.get(cRow), op.v128Load(16), op.get(acc(r, 1)), op.f64x2Add, op.v128Store(16),
        op.get(cRow), op.get(ldBytes), op.i32Add, op.set(cRow),
      ]),
      op.get(gp), op.i32Const(1), op.i32Add, op.set(gp),
      op.get(pp), op.get(panelBytes), op.i32Add, op.set(pp), op.br(0),
      op.end, op.end,
      op.get(gq), op.i32Const(1), op.i32Add, op.set(gq),
      op.get(pq), op.get(panelBytes), op.i32Add, op.set(pq), op.br(0),
      op.end, op.end,
    ],
  };
}
