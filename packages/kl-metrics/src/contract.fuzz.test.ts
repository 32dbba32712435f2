import { createSpectrum, isKlschedError } from "@klsched/core-linalg";
import { parseProcess, parseStrategy } from "@klsched/discretization";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gaussianKL } from "./divergences/forward-kl.js";
import { DIVERGENCE_NAMES, DIVERGENCES } from "./divergences/registry.js";
import { klAsymptotics } from "./kl-asymptotics.js";
import {
  type ContractCase,
  contractCase,
  contractViolations,
  describeCase,
  INPUT_ERROR_CODES,
  runCase,
  type Violation,
} from "./test-support/contract-cases.js";
import { fuzzSettings, tally } from "./test-support/fuzz-settings.js";

/** Fails with one line per class of violation: its count and the first case, as CLI flags. */
function expectNoViolations(violations: readonly Violation[], cases: number): void {
  const lines = [...tally(violations)].map(
    ([kind, { count, first }]) => `${kind}: ${count} of ${cases} (${first.detail}) ← ${describeCase(first.case)}`,
  );
  expect(lines).toEqual([]);
}

const { seed, numRuns } = fuzzSettings(10_000);
const cases: ContractCase[] = fc.sample(contractCase, { seed, numRuns });

describe(`the finite-or-typed contract on ${numRuns} seeded cases (seed ${seed})`, () => {
  it("scheduleKL(case) is finite or +∞ and ≥ 0, or a typed input error, with levels inside the model", () => {
    const violations = cases.flatMap((c) => contractViolations(c, runCase(c)));
    expectNoViolations(violations, cases.length);
  });
});

/** The cases that ended in figures, with their outcome. */
const figured = cases.flatMap((c) => {
  const outcome = runCase(c);
  return outcome.kind === "figures" ? [{ c, outcome }] : [];
});

/** |a − b| within `rel` of the larger, or both the same infinity. */
function close(a: number, b: number, rel: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

describe("invariants of the contract's cases", () => {
  it(`at least 40% of the ${numRuns} cases end in figures (the rest in typed input errors), so the checks bite`, () => {
    expect(figured.length).toBeGreaterThan(0.4 * numRuns);
  });

  it("scheduleKL(case) twice gives the same bits (deterministic, stochastic samplers included)", () => {
    const differing = figured
      .filter((_, i) => i % 5 === 0)
      .filter(({ c, outcome }) => {
        const again = runCase(c);
        return (
          again.kind !== "figures" || DIVERGENCE_NAMES.some((name) => !Object.is(again.figures[name], outcome.figures[name]))
        );
      })
      .map(({ c }) => describeCase(c));
    expect(differing).toEqual([]);
  });

  it("KL and reverse KL of a spectrum equal the sums over its directions run one at a time (centred source)", () => {
    const broken = figured
      .filter(({ c }) => c.mean === undefined && c.eigenvalues.length > 1)
      .filter(({ c, outcome }) => {
        const parts = c.eigenvalues.map((lambda) => runCase(c, [lambda]));
        return (["kl", "klReverse"] as const).some((name) => {
          let sum = 0;
          for (const part of parts) sum += part.kind === "figures" ? part.figures[name] : Number.NaN;
          return !close(sum, outcome.figures[name], 1e-9);
        });
      })
      .map(({ c }) => describeCase(c));
    expect(broken).toEqual([]);
  });

  it("euler's KL equals ddim's (the same first-order map) to 1e-6 relative or 1e-12 nats", () => {
    const broken = figured
      .filter(({ c }) => c.sampler === "euler")
      .flatMap(({ c, outcome }) => {
        const ddim = runCase(c, c.eigenvalues, "ddim");
        if (ddim.kind !== "figures") return [`${describeCase(c)}: ddim ${ddim.kind}`];
        const [a, b] = [ddim.figures.kl, outcome.figures.kl];
        return close(a, b, 1e-6) || Math.abs(a - b) <= 1e-12 ? [] : [`${describeCase(c)}: ddim ${a}, euler ${b}`];
      });
    expect(broken).toEqual([]);
  });

  it("every divergence of a direction whose output is its target (δ = 0, Δm = 0) is 0: KL(p‖p) = 0", () => {
    const targets = fc.sample(fc.double({ min: -60, max: 60, noNaN: true }), { seed, numRuns }).map((x) => 10 ** x);
    const nonzero = targets.filter((r) => DIVERGENCE_NAMES.some((name) => DIVERGENCES[name].perDirection(0, 0, r) !== 0));
    expect(nonzero).toEqual([]);
    const pairs = fc.sample(
      fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-60, max: 1e60, noNaN: true })),
      {
        seed,
        numRuns: 1000,
      },
    );
    expect(pairs.filter(([m, v]) => gaussianKL(m, v, m, v) !== 0)).toEqual([]);
  });
});

describe("asymptotic coefficients and divergence gradients on the contract's cases", () => {
  it("klAsymptotics(case) has finite coefficients or is a typed input error (own strategies, the first 3 % of the cases)", () => {
    const own = cases.filter((c) => !c.reproduced).slice(0, Math.ceil(numRuns * 0.03));
    const broken = own.flatMap((c) => {
      try {
        const process = parseProcess(c.process, "process", { loadBetas: () => c.betas });
        const { strategy, options } = parseStrategy(c.strategy);
        const { coefficients } = klAsymptotics({
          spectrum: createSpectrum(c.eigenvalues),
          process,
          strategy,
          options,
          prior: c.prior,
        });
        return coefficients.every(Number.isFinite) ? [] : [`${describeCase(c)}: coefficients ${coefficients.join(", ")}`];
      } catch (error) {
        return isKlschedError(error) && INPUT_ERROR_CODES.includes(error.code)
          ? []
          : [`${describeCase(c)}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it("every divergence's gradient is finite wherever its value is (δ ∈ [−50, 50], |Δm| ≤ 1e6, r ∈ [1e-60, 1e60])", () => {
    const points = fc.sample(
      fc.tuple(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -60, max: 60, noNaN: true }),
      ),
      { seed, numRuns },
    );
    const out = new Float64Array(2);
    const broken = points.flatMap(([delta, dm, logR]) =>
      DIVERGENCE_NAMES.flatMap((name) => {
        const r = 10 ** logR;
        if (!Number.isFinite(DIVERGENCES[name].perDirection(delta, dm, r))) return [];
        DIVERGENCES[name].gradient(delta, dm, r, out);
        return Number.isFinite(out[0]) && Number.isFinite(out[1])
          ? []
          : [`${name}(${delta}, ${dm}, ${r}): gradient ${out.join(", ")}`];
      }),
    );
    expect(broken).toEqual([]);
  });
});
