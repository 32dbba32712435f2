/**
 * The source of the DDIM angle kernel's WebAssembly module: a minimal encoder (core spec 2.0 §5) and the
 * module it writes. The package ships the bytes (`ANGLE_MODULE` in `../ddim-angle-kernel.ts`), not this
 * encoder; `ddim-angle-kernel.test.ts` checks that the two agree byte for byte.
 */
export const VECTORS = 2;
type Local = (h: number) => number;

// --- a minimal WebAssembly encoder (core spec 2.0 §5): one imported memory, one exported function ---
// (core-linalg's wasm-encoder.ts is private to that package; this module needs only these few opcodes.)

const I32 = 0x7f;
const V128 = 0x7b;

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
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

const vector = (items: readonly (readonly number[])[]): number[] => [...uleb(items.length), ...items.flat()];
const name = (text: string): number[] => vector([...text].map((c) => [c.charCodeAt(0)]));
const section = (id: number, bytes: readonly number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
const simd = (opcode: number, ...immediates: number[]): number[] => [0xfd, ...uleb(opcode), ...immediates];
const memarg = (offset: number): number[] => [3, ...uleb(offset)];
const f64Bytes = (x: number): number[] => [...new Uint8Array(Float64Array.of(x).buffer)];

const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  get: (local: number) => [0x20, ...uleb(local)],
  set: (local: number) => [0x21, ...uleb(local)],
  i32Const: (value: number) => [0x41, ...sleb(value)],
  i32Add: [0x6a],
  i32GeU: [0x4f],
  f64Const: (x: number) => [0x44, ...f64Bytes(x)],
  v128Load: (offset = 0) => simd(0x00, ...memarg(offset)),
  splat: (offset = 0) => simd(0x0a, ...memarg(offset)), // v128.load64_splat
  v128Store: (offset = 0) => simd(0x0b, ...memarg(offset)),
  f64x2Splat: simd(0x14),
  add: simd(0xf0),
  mul: simd(0xf2),
  div: simd(0xf3),
} as const;

/**
 * `angles(geometry, stepBytes, lambda, p, q, groupBytes)` (all in bytes): for each group of LANES
 * eigenvalues at lambda + j (j < groupBytes, step 16·VECTORS), the step loop over geometry + 16 + k
 * (k < stepBytes, step 40), its VECTORS f64x2 vectors interleaved so that their dependency chains overlap.
 */
export function angleModule(): Uint8Array {
  const [geometry, stepBytes, lambda, p, q, groupBytes] = [0, 1, 2, 3, 4, 5];
  const [j, k] = [6, 7];
  // v128 locals: per vector h, λ, r, P, Q, r_{k+1}, ι and cos²; then the step's five splats and the constant 1
  const perVector =
    (slot: number): Local =>
    (h) =>
      8 + slot * VECTORS + h;
  const [l, r, pp, qq, t, inv, cos2] = [
    perVector(0),
    perVector(1),
    perVector(2),
    perVector(3),
    perVector(4),
    perVector(5),
    perVector(6),
  ];
  const scalar = 8 + 7 * VECTORS;
  const [aa, ss, ap, sp, c2, one] = [scalar, scalar + 1, scalar + 2, scalar + 3, scalar + 4, scalar + 5];
  const halves = Array.from({ length: VECTORS }, (_, h) => h);
  const at = (offset: number) => [op.get(geometry), op.get(k), op.i32Add, op.splat(offset)];
  // biome-ignore format: one line per statement of the loop, as in the text format
  const body: (readonly number[])[] = [
    op.f64Const(1), op.f64x2Splat, op.set(one),
    op.i32Const(0), op.set(j),
    op.block, op.loop, // for each group of LANES directions
    op.get(j), op.get(groupBytes), op.i32GeU, op.brIf(1),
    ...halves.flatMap((h) => [
      op.get(lambda), op.get(j), op.i32Add, op.v128Load(16 * h), op.set(l(h)),
      // r₀ = α²₀λ + σ²₀
      op.get(geometry), op.splat(0), op.get(l(h)), op.mul, op.get(geometry), op.splat(8), op.add, op.set(r(h)),
      op.get(one), op.set(pp(h)),
      op.f64Const(0), op.f64x2Splat, op.set(qq(h)),
    ]),
    op.i32Const(0), op.set(k),
    op.block, op.loop, // for each step
    op.get(k), op.get(stepBytes), op.i32GeU, op.brIf(1),
    ...at(16), op.set(aa),
    ...at(24), op.set(ss),
    ...at(32), op.set(ap),
    ...at(40), op.set(sp),
    ...at(48), op.set(c2),
    ...halves.flatMap((h) => [
      op.get(aa), op.get(l(h)), op.mul, op.get(ss), op.add, op.set(t(h)), // r_{k+1}
      op.get(one), op.get(r(h)), op.get(t(h)), op.mul, op.div, op.set(inv(h)), // ι
      op.get(ap), op.get(l(h)), op.mul, op.get(sp), op.add, op.set(cos2(h)), // g
      op.get(cos2(h)), op.get(cos2(h)), op.mul, op.get(inv(h)), op.mul, op.set(cos2(h)), // g²ι
      op.get(pp(h)), op.get(cos2(h)), op.mul, op.set(pp(h)),
      op.get(l(h)), op.get(c2), op.mul, op.get(inv(h)), op.mul, op.get(qq(h)), op.get(cos2(h)), op.mul, op.add, op.set(qq(h)),
      op.get(t(h)), op.set(r(h)),
    ]),
    op.get(k), op.i32Const(40), op.i32Add, op.set(k), op.br(0),
    op.end, op.end,
    ...halves.flatMap((h) => [
      op.get(p), op.get(j), op.i32Add, op.get(pp(h)), op.v128Store(16 * h),
      op.get(q), op.get(j), op.i32Add, op.get(qq(h)), op.v128Store(16 * h),
    ]),
    op.get(j), op.i32Const(16 * VECTORS), op.i32Add, op.set(j), op.br(0),
    op.end, op.end,
  ];
  const params = [I32, I32, I32, I32, I32, I32];
  const locals = [I32, I32, ...new Array<number>(7 * VECTORS + 6).fill(V128)];
  const code = [...vector(locals.map((type) => [1, type])), ...body.flat(), ...op.end];
  const memoryImport = [...name("env"), ...name("memory"), 0x02, 0x00, ...uleb(1)];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([[0x60, ...vector(params.map((type) => [type])), ...vector([])]])),
    ...section(2, vector([memoryImport])),
    ...section(3, vector([uleb(0)])),
    ...section(7, vector([[...name("angles"), 0x00, ...uleb(0)]])),
    ...section(10, vector([[...uleb(code.length), ...code]])),
  ]);
}
