import { encodeModule, i32, op, type ValueType, v128 } from "../../../core-linalg/src/wasm-encoder.js";

/**
 * The source of the DDIM angle kernel's WebAssembly module, written with core-linalg's encoder (core spec
 * 2.0 §5; private to that package, so read here from its source). The package ships the bytes
 * (`ANGLE_MODULE` in `../ddim-angle-kernel.ts`), not this module; `ddim-angle-kernel.test.ts` checks that
 * the two agree byte for byte.
 */
export const VECTORS = 2;
type Local = (h: number) => number;

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
  const at = (offset: number) => [op.get(geometry), op.get(k), op.i32Add, op.v128Load64Splat(offset)];
  // biome-ignore format: one line per statement of the loop, as in the text format
  const body: (readonly number[])[] = [
    op.f64Const(1), op.f64x2Splat, op.set(one),
    op.i32Const(0), op.set(j),
    op.block, op.loop, // for each group of LANES directions
    op.get(j), op.get(groupBytes), op.i32GeU, op.brIf(1),
    ...halves.flatMap((h) => [
      op.get(lambda), op.get(j), op.i32Add, op.v128Load(16 * h), op.set(l(h)),
      // r₀ = α²₀λ + σ²₀
      op.get(geometry), op.v128Load64Splat(0), op.get(l(h)), op.f64x2Mul, op.get(geometry), op.v128Load64Splat(8), op.f64x2Add, op.set(r(h)),
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
      op.get(aa), op.get(l(h)), op.f64x2Mul, op.get(ss), op.f64x2Add, op.set(t(h)), // r_{k+1}
      op.get(one), op.get(r(h)), op.get(t(h)), op.f64x2Mul, op.f64x2Div, op.set(inv(h)), // ι
      op.get(ap), op.get(l(h)), op.f64x2Mul, op.get(sp), op.f64x2Add, op.set(cos2(h)), // g
      op.get(cos2(h)), op.get(cos2(h)), op.f64x2Mul, op.get(inv(h)), op.f64x2Mul, op.set(cos2(h)), // g²ι
      op.get(pp(h)), op.get(cos2(h)), op.f64x2Mul, op.set(pp(h)),
      op.get(l(h)), op.get(c2), op.f64x2Mul, op.get(inv(h)), op.f64x2Mul, op.get(qq(h)), op.get(cos2(h)), op.f64x2Mul, op.f64x2Add, op.set(qq(h)),
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
  const params = [i32, i32, i32, i32, i32, i32] as const;
  const locals: ValueType[] = [i32, i32, ...new Array<ValueType>(7 * VECTORS + 6).fill(v128)];
  return encodeModule([{ name: "angles", params, locals, body }]);
}
