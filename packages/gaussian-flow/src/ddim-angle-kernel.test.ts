import { parseProcess, parseStrategy, type Schedule, strategySchedule, withoutCleanLevel } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { ANGLE_MODULE, simdAngleKernel } from "./ddim-angle-kernel.js";
import { ddimClosedForm, ddimGeometry, priorLogRatio, scalarAngleProducts } from "./ddim-closed-form.js";
import { angleModule } from "./test-support/ddim-angle-module.js";

const scheduleOf = (process: string, strategy: string, steps: number): Schedule => {
  const spec = parseStrategy(strategy);
  return strategySchedule(parseProcess(process), spec.strategy, steps, spec.options);
};

/** Eigenvalues over the whole double range: subnormal, tiny, moderate, huge, zero, and a geometric sweep. */
function extremeEigenvalues(d: number): Float64Array {
  const fixed = [5e-324, 1e-300, 1e-30, 1e-12, 0, 1e-4, 0.5, 1, 2, 80, 6400, 1e12, 1e30, 1e300];
  return Float64Array.from({ length: d }, (_, i) => fixed[i] ?? 10 ** (-8 + (16 * i) / Math.max(d - 1, 1)));
}

const CASES = [
  ["edm", "karras", 1],
  ["edm", "karras", 10],
  ["edm", "karras", 1000],
  ["vp", "uniform", 7],
  ["flow", "uniform", 2], // α = 0 at the start
  ["ddpm", "quadratic", 12],
  ["sd15", "tangent:c=2", 37],
] as const;

describe("the WebAssembly SIMD angle kernel", () => {
  it("simdAngleKernel() is available on Node (WebAssembly SIMD is part of every supported Node)", () => {
    expect(simdAngleKernel()).toBeDefined();
  });

  it.each(CASES)(
    "simdAngleKernel() on %s %s N=%i equals the scalar loop bit for bit, for d = 1 … 4099",
    (process, strategy, steps) => {
      const kernel = simdAngleKernel();
      if (kernel === undefined) return;
      const schedule = scheduleOf(process, strategy, steps);
      const truncated = steps > 1 ? [ddimGeometry(withoutCleanLevel(schedule))] : [];
      for (const geometry of [ddimGeometry(schedule), ...truncated]) {
        for (const d of [1, 3, 4, 5, 14, 4099]) {
          const eigenvalues = extremeEigenvalues(d);
          const [p, q, pScalar, qScalar] = [0, 1, 2, 3].map(() => new Float64Array(d)) as [
            Float64Array,
            Float64Array,
            Float64Array,
            Float64Array,
          ];
          expect(kernel.angleProducts(eigenvalues, geometry, p, q)).toBe(true);
          scalarAngleProducts(eigenvalues, geometry, pScalar, qScalar);
          expect(Array.from(p)).toEqual(Array.from(pScalar));
          expect(Array.from(q)).toEqual(Array.from(qScalar));
        }
      }
    },
  );

  it("simdAngleKernel() keeps NaN and ±∞ eigenvalues as the scalar loop does, and grows its memory for d = 300 000", () => {
    const kernel = simdAngleKernel();
    if (kernel === undefined) return;
    const geometry = ddimGeometry(scheduleOf("edm", "karras", 20));
    for (const eigenvalues of [Float64Array.of(Number.NaN, Number.POSITIVE_INFINITY, 1, -0), extremeEigenvalues(300_000)]) {
      const d = eigenvalues.length;
      const [p, q, pScalar, qScalar] = [0, 1, 2, 3].map(() => new Float64Array(d)) as [
        Float64Array,
        Float64Array,
        Float64Array,
        Float64Array,
      ];
      expect(kernel.angleProducts(eigenvalues, geometry, p, q)).toBe(true);
      scalarAngleProducts(eigenvalues, geometry, pScalar, qScalar);
      expect(p.every((x, i) => Object.is(x, pScalar[i]))).toBe(true);
      expect(q.every((x, i) => Object.is(x, qScalar[i]))).toBe(true);
    }
  });
});

describe("ddimClosedForm's single logarithm", () => {
  it.each(CASES)(
    "ddimClosedForm on %s %s N=%i: δ equals ln(v_prior/r₀²) + ln P from the scalar P, Q to 1e-14 (bit for bit for the exact prior)",
    (process, strategy, steps) => {
      const schedule = scheduleOf(process, strategy, steps);
      const eigenvalues = extremeEigenvalues(600).filter((x) => x > 0);
      const d = eigenvalues.length;
      const p = new Float64Array(d);
      const q = new Float64Array(d);
      scalarAngleProducts(eigenvalues, ddimGeometry(schedule), p, q);
      for (const prior of ["standard", "exact"] as const) {
        const delta = ddimClosedForm(eigenvalues, schedule, prior).logVarianceRatio;
        for (let i = 0; i < d; i++) {
          const pi = p[i] as number;
          const oracle =
            priorLogRatio(eigenvalues[i] as number, schedule, prior) + (pi < 0.5 ? Math.log(pi) : Math.log1p(-(q[i] as number)));
          const got = delta[i] as number;
          if (prior === "exact" || !Number.isFinite(oracle)) expect(Object.is(got, oracle) || got === oracle).toBe(true);
          else expect(Math.abs(got - oracle)).toBeLessThanOrEqual(1e-14 * Math.abs(oracle) + 1e-300);
        }
      }
    },
  );
});

describe("the shipped module", () => {
  it("ANGLE_MODULE is the encoder's module, byte for byte (after changing the kernel, paste the printed text)", () => {
    const encoded = Buffer.from(angleModule()).toString("base64");
    expect(ANGLE_MODULE, `ANGLE_MODULE should be:\n${encoded}`).toBe(encoded);
    expect(simdAngleKernel()).toBeDefined(); // Node 20 has WebAssembly SIMD: the decoded bytes validate
  });
});
