import { syntheticSpectrum } from "@klsched/core-linalg";
import { parseProcess, scheduleFromSigmas, strategySchedule, veProcess } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { finalJump } from "./final-jump.js";
import { scheduleKL } from "./schedule-kl.js";

const spectrum = syntheticSpectrum("geometric:d=16,min=1e-3,max=10");

describe("finalJump", () => {
  it("finalJump's two KLs are scheduleKL with and without the clean level, and share their relative difference", () => {
    const schedule = scheduleFromSigmas(veProcess(0.002, 80), [80, 10, 1, 0.1]);
    const jump = finalJump({ spectrum, schedule });
    expect(jump.kl).toBe(scheduleKL({ spectrum, schedule }).kl);
    expect(jump.klBeforeJump).toBe(scheduleKL({ spectrum, schedule, clean: false }).kl);
    expect(jump.share).toBeCloseTo((jump.kl - jump.klBeforeJump) / jump.kl, 15);
  });

  it("a schedule that stops at σ = 2 leaves most of its KL to the jump; Karras on sd15 does not", () => {
    expect(finalJump({ spectrum, schedule: scheduleFromSigmas(veProcess(0.002, 80), [80, 10, 2]) }).share).toBeGreaterThan(0.5);
    const karras = strategySchedule(parseProcess("sd15"), { kind: "karras", rho: 7 }, 10);
    expect(finalJump({ spectrum, schedule: karras }).share).toBeLessThan(0.5);
  });
});
