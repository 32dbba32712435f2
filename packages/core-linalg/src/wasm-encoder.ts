/**
 * Just enough of the WebAssembly binary format (core spec 2.0, §5) to write klsched's SIMD kernels
 * without a toolchain: one imported memory, functions, exports. An instruction is a byte array; a
 * function body is a list of them, written in the order of the text format (`local.get 0`, …).
 */

/** Value types (§5.3.1). */
export const i32 = 0x7f;
export const f64 = 0x7c;
export const v128 = 0x7b;
export type ValueType = typeof i32 | typeof f64 | typeof v128;

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (for i32.const). */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const vector = (items: readonly (readonly number[])[]): number[] => [...uleb(items.length), ...items.flat()];
const name = (text: string): number[] => vector([...text].map((c) => [c.charCodeAt(0)]));
const section = (id: number, bytes: readonly number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
const simd = (opcode: number, ...immediates: number[]): number[] => [0xfd, ...uleb(opcode), ...immediates];
/** memarg: log2 of the alignment hint (8 bytes for every access here), then the constant offset. */
const memarg = (offset: number): number[] => [3, ...uleb(offset)];
/** The 8 bytes of an f64 immediate, little-endian (§5.2.3). */
const f64Bytes = (x: number): number[] => [...new Uint8Array(Float64Array.of(x).buffer)];

/** The instructions the kernels use (§5.4); SIMD opcodes from the fixed-width SIMD proposal (merged in 2.0). */
export const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  get: (local: number) => [0x20, ...uleb(local)],
  set: (local: number) => [0x21, ...uleb(local)],
  tee: (local: number) => [0x22, ...uleb(local)],
  i32Const: (value: number) => [0x41, ...sleb(value)],
  i32Add: [0x6a],
  i32Mul: [0x6c],
  i32And: [0x71],
  i32Shl: [0x74],
  i32GeU: [0x4f],
  i32GtU: [0x4b],
  f64Const: (x: number) => [0x44, ...f64Bytes(x)],
  f64Load: (offset = 0) => [0x2b, ...memarg(offset)],
  f64Store: (offset = 0) => [0x39, ...memarg(offset)],
  f64Add: [0xa0],
  f64Sub: [0xa1],
  f64Mul: [0xa2],
  v128Load: (offset = 0) => simd(0x00, ...memarg(offset)),
  v128Load64Splat: (offset = 0) => simd(0x0a, ...memarg(offset)),
  v128Store: (offset = 0) => simd(0x0b, ...memarg(offset)),
  v128Const0: simd(0x0c, ...new Array<number>(16).fill(0)),
  f64x2Splat: simd(0x14),
  f64x2ExtractLane: (lane: number) => simd(0x21, lane),
  f64x2Add: simd(0xf0),
  f64x2Sub: simd(0xf1),
  f64x2Mul: simd(0xf2),
  f64x2Div: simd(0xf3),
} as const;

export interface WasmFunction {
  readonly name: string;
  readonly params: readonly ValueType[];
  /** Locals after the parameters, numbered from `params.length` on. */
  readonly locals: readonly ValueType[];
  readonly body: readonly (readonly number[])[];
}

/** A module that imports its memory as `env.memory` and exports each function (no results). */
export function encodeModule(functions: readonly WasmFunction[]): Uint8Array {
  const types = functions.map((f) => [0x60, ...vector(f.params.map((t) => [t])), ...vector([])]);
  const memoryImport = [...name("env"), ...name("memory"), 0x02, 0x00, ...uleb(1)];
  const exports = functions.map((f, index) => [...name(f.name), 0x00, ...uleb(index)]);
  const bodies = functions.map((f) => {
    const locals = vector(f.locals.map((t) => [1, t]));
    const code = [...locals, ...f.body.flat(), ...op.end];
    return [...uleb(code.length), ...code];
  });
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector(types)),
    ...section(2, vector([memoryImport])),
    ...section(3, vector(functions.map((_, index) => uleb(index)))),
    ...section(7, vector(exports)),
    ...section(10, vector(bodies)),
  ]);
}
