import { isKlschedError } from "@klsched/core-linalg";
import { describe, expect, it } from "vitest";
import { scheduleFromSigmas } from "./custom-levels.js";
import { shiftFlowTime } from "./flow-process.js";
import { LEVEL_RANGE } from "./level-range.js";
import { parseProcess } from "./process-spec.js";
import { parseReproducedStrategy, reproducedSchedule } from "./reproduced/reproduced-schedule.js";
import { scheduleFromTimes } from "./schedule.js";
import { MAX_STEPS } from "./step-limit.js";
import { parseStrategy, strategySchedule } from "./strategy.js";

/** The code and message of what `call` throws (a typed klsched error is expected). */
function thrown(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    if (isKlschedError(error)) return { code: error.code, message: error.message };
    return { code: `untyped ${(error as Error).name}`, message: (error as Error).message };
  }
  return { code: "none", message: "" };
}

const tool = (process: string, strategy: string, steps: number) => {
  const spec = parseReproducedStrategy(strategy);
  return reproducedSchedule(parseProcess(process), spec.strategy, steps, spec.options);
};

describe("flow levels stay in t ∈ [0, 1] (α ≥ 0)", () => {
  it("shiftFlowTime(1, shift) is exactly 1 and shiftFlowTime(0, shift) exactly 0 for shifts e^−20 … e^20", () => {
    for (let k = -20; k <= 20; k += 0.5) {
      expect(shiftFlowTime(1, Math.exp(k))).toBe(1);
      expect(shiftFlowTime(0, Math.exp(k))).toBe(0);
    }
  });

  it("shiftFlowTime(t, s) equals the textbook s·t/(1 + (s − 1)·t) to 1e-15 relative inside (0, 1)", () => {
    for (const s of [0.1, 0.5, 3, 7.5]) {
      for (const t of [0.001, 0.1, 0.5, 0.9, 0.999]) {
        const textbook = (s * t) / (1 + (s - 1) * t);
        expect(Math.abs(shiftFlowTime(t, s) - textbook)).toBeLessThanOrEqual(1e-15 * textbook);
      }
    }
  });

  it("strategySchedule(flow, uniform:shift=0.1, 10) starts at t = 1, α = 0 (was 1.0000000000000002, α < 0)", () => {
    const spec = parseStrategy("uniform:shift=0.1");
    const schedule = strategySchedule(parseProcess("flow"), spec.strategy, 10, spec.options);
    expect(schedule.t[0]).toBe(1);
    expect(schedule.alpha[0]).toBe(0);
    expect(Math.min(...schedule.alpha)).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ["sigmas:7.13,4.77", 2],
    ["timesteps:5000,2000", 2],
  ])("%s on flow is refused: the levels lie beyond t = 1", (strategy, steps) => {
    const { code, message } = thrown(() => tool("flow", strategy, steps));
    expect(code).toBe("invalid-argument");
    expect(message).toMatch(/outside flow's range \[0, 1\]/);
  });

  it("a flow shift beyond e^±20 (the range of mu) is refused where it is parsed", () => {
    expect(thrown(() => parseStrategy("uniform:shift=1e-300")).code).toBe("invalid-argument");
    expect(thrown(() => parseStrategy("uniform:shift=1e300")).code).toBe("invalid-argument");
    expect(thrown(() => parseStrategy("uniform:seqlen=1e12")).message).toMatch(/beyond mu's range/);
  });
});

describe("levels beyond a process's range or klsched's LEVEL_RANGE are refused", () => {
  it("scheduleFromSigmas(edm, [1e200, 1]) is refused: beyond the levels klsched computes with", () => {
    expect(thrown(() => scheduleFromSigmas(parseProcess("edm"), [1e200, 1])).message).toMatch(
      /beyond the levels klsched computes with/,
    );
  });

  it("a VE level above σ_max is a level of the process (scored as given); a flow t above 1 is refused", () => {
    expect(scheduleFromSigmas(parseProcess("edm"), [81, 1]).sigma[0]).toBe(81);
    expect(thrown(() => scheduleFromTimes(parseProcess("flow"), [1.5, 0])).message).toMatch(/outside flow's range/);
  });

  it("a process whose σ/α leaves LEVEL_RANGE is refused when parsed (vp:bmax=1e7, ve:smax=1e30)", () => {
    expect(thrown(() => parseProcess("vp:bmax=10000000")).message).toMatch(/beyond the levels klsched computes with/);
    expect(thrown(() => parseProcess(`ve:smax=${LEVEL_RANGE.max * 10}`)).code).toBe("invalid-argument");
  });

  it("ddim-paper:skip=uniform with N > T is a typed error (its range(0, T, T // N) has step 0)", () => {
    const { code, message } = thrown(() => tool("ddpm:T=10", "ddim-paper", 20));
    expect(code).toBe("invalid-argument");
    expect(message).toMatch(/T \/\/ N = 0/);
  });
});

describe("step counts are bounded by MAX_STEPS", () => {
  it("strategySchedule(…, 1e9) is a limit-exceeded error, not an allocation of 8 GB", () => {
    const spec = parseStrategy("karras");
    const { code, message } = thrown(() => strategySchedule(parseProcess("edm"), spec.strategy, 1e9));
    expect(code).toBe("limit-exceeded");
    expect(message).toBe(
      `steps=1000000000: exceeds the limit ${MAX_STEPS} (each step is a level held in memory and a step of every closed form)`,
    );
  });

  it("comfy:denoise=1e-6 (KSampler's ⌊N/denoise⌋ steps) is a limit-exceeded error", () => {
    expect(thrown(() => tool("sd15", "comfy:denoise=0.000001", 35)).code).toBe("limit-exceeded");
  });
});
