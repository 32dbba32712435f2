import type { DdimGeometry } from "./ddim-closed-form.js";

/**
 * DDIM's angle products P = Π cos²Δθ_k and Q = 1 − P (accumulated from the sines) for every eigenvalue,
 * in WebAssembly SIMD: VECTORS = 2 f64x2 vectors, four directions, per pass. Per step and direction,
 *
 *     r_{k+1} = α²_{k+1}λ + σ²_{k+1},  ι = 1/(r_k r_{k+1}),  g = α_kα_{k+1}λ + σ_kσ_{k+1},
 *     cos² = g²ι,  P ← P·cos²,  Q ← λc_k²ι + Q·cos²,
 *
 * the same operations in the same order as the scalar loop in `ddim-closed-form.ts` (`scalarAngleProducts`),
 * and WebAssembly's f64x2 arithmetic is IEEE 754 per lane (no fused multiply–add, subnormals kept), so the
 * results are bit for bit those of the scalar loop; the speed-up is the 2-wide divide. One module, one
 * instance and one memory per process, grown only when a larger problem comes.
 *
 * Memory layout (doubles): [α²₀, σ²₀], then per step k the five values α²_{k+1}, σ²_{k+1}, α_kα_{k+1},
 * σ_kσ_{k+1}, c_k²; then the eigenvalues, P and Q, each padded to a multiple of four.
 */
export interface AngleKernel {
  /**
   * Writes P to `p` and Q to `q` (both of the eigenvalues' length); false, writing nothing, when the
   * memory cannot grow to the problem (beyond the 4 GiB of one WebAssembly memory): the caller's scalar loop runs.
   */
  angleProducts(eigenvalues: Float64Array, geometry: DdimGeometry, p: Float64Array, q: Float64Array): boolean;
}

/** The process's kernel, or undefined where WebAssembly SIMD is unavailable (then the scalar loop runs). */
export function simdAngleKernel(): AngleKernel | undefined {
  if (kernel === undefined) kernel = instantiate() ?? null;
  return kernel ?? undefined;
}

let kernel: AngleKernel | null | undefined;

/** The part of the WebAssembly JS API used here (typed locally: the package's `lib` is ES2022 only). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer; grow(pages: number): number };
}

interface AngleExports {
  angles(geometry: number, stepBytes: number, lambda: number, p: number, q: number, groupBytes: number): void;
}

const PAGE = 65536;
/** f64x2 vectors per pass (independent dependency chains that keep the divider busy) and directions per pass. */
const VECTORS = 2;
const LANES = 2 * VECTORS;

/**
 * The module's bytes, base64: `angleModule()` of `test-support/ddim-angle-module.ts` (written with
 * core-linalg's encoder, which this package does not ship; the test checks the two agree byte for byte
 * and prints the new text when the kernel changes).
 */
export const ANGLE_MODULE =
  "AGFzbQEAAAABCgFgBn9/f39/fwACDwEDZW52Bm1lbW9yeQIAAQMCAQAHCgEGYW5nbGVzAAAK8wMB8AMWAX8BfwF7AXsBewF7AXsBewF7AXsBewF7AXsBewF7AXsBewF7AXsBewF7AXtEAAAAAAAA8D/9FCEbQQAhBgJAA0AgBiAFTw0BIAIgBmr9AAMAIQggAP0KAwAgCP3yASAA/QoDCP3wASEKIBshDEQAAAAAAAAAAP0UIQ4gAiAGav0AAxAhCSAA/QoDACAJ/fIBIAD9CgMI/fABIQsgGyENRAAAAAAAAAAA/RQhD0EAIQcCQANAIAcgAU8NASAAIAdq/QoDECEWIAAgB2r9CgMYIRcgACAHav0KAyAhGCAAIAdq/QoDKCEZIAAgB2r9CgMwIRogFiAI/fIBIBf98AEhECAbIAogEP3yAf3zASESIBggCP3yASAZ/fABIRQgFCAU/fIBIBL98gEhFCAMIBT98gEhDCAIIBr98gEgEv3yASAOIBT98gH98AEhDiAQIQogFiAJ/fIBIBf98AEhESAbIAsgEf3yAf3zASETIBggCf3yASAZ/fABIRUgFSAV/fIBIBP98gEhFSANIBX98gEhDSAJIBr98gEgE/3yASAPIBX98gH98AEhDyARIQsgB0EoaiEHDAALCyADIAZqIAz9CwMAIAQgBmogDv0LAwAgAyAGaiAN/QsDECAEIAZqIA/9CwMQIAZBIGohBgwACwsL";

/** Base64 → bytes, without `atob` (the package's `lib` is ES2022 only; every engine has it, but not typed). */
function decodeBase64(text: string): Uint8Array {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of clean) {
    value = (value << 6) | alphabet.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

function instantiate(): AngleKernel | undefined {
  const api = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  const bytes = decodeBase64(ANGLE_MODULE);
  let exports: AngleExports;
  let memory: InstanceType<WasmApi["Memory"]>;
  try {
    if (!api?.validate(bytes)) return undefined;
    memory = new api.Memory({ initial: 1 });
    exports = new api.Instance(new api.Module(bytes), { env: { memory } }).exports as AngleExports;
  } catch {
    return undefined; // e.g. a Content-Security-Policy without 'wasm-unsafe-eval'
  }
  let heap = new Float64Array(memory.buffer);
  return {
    angleProducts(eigenvalues, geometry, p, q) {
      const d = eigenvalues.length;
      const steps = geometry.crossSquared.length;
      const padded = Math.ceil(d / LANES) * LANES;
      const lambda = 2 + 5 * steps;
      const pAt = lambda + padded;
      const qAt = pAt + padded;
      const doubles = qAt + padded;
      if (doubles * 8 > heap.byteLength) {
        try {
          memory.grow(Math.ceil((doubles * 8 - heap.byteLength) / PAGE));
        } catch {
          return false; // RangeError: past the engine's or the 32-bit memory's limit
        }
        heap = new Float64Array(memory.buffer);
      }
      writeGeometry(heap, geometry);
      heap.set(eigenvalues, lambda);
      heap.fill(1, lambda + d, lambda + padded); // padding lanes: any finite value, results discarded
      exports.angles(0, steps * 40, lambda * 8, pAt * 8, qAt * 8, padded * 8);
      p.set(heap.subarray(pAt, pAt + d));
      q.set(heap.subarray(qAt, qAt + d));
      return true;
    },
  };
}

function writeGeometry(heap: Float64Array, geometry: DdimGeometry): void {
  const { alphaProduct, sigmaProduct, crossSquared, alphaSquared, sigmaSquared } = geometry;
  heap[0] = alphaSquared[0] as number;
  heap[1] = sigmaSquared[0] as number;
  for (let k = 0, at = 2; k < crossSquared.length; k++, at += 5) {
    heap[at] = alphaSquared[k + 1] as number;
    heap[at + 1] = sigmaSquared[k + 1] as number;
    heap[at + 2] = alphaProduct[k] as number;
    heap[at + 3] = sigmaProduct[k] as number;
    heap[at + 4] = crossSquared[k] as number;
  }
}
