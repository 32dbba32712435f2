import { isotropicSpectrum } from "@klsched/core-linalg";
import { parseProcess, strategySchedule } from "@klsched/discretization";
import { scheduleKL } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { rankSchedules } from "./rank-schedules.js";

describe("rankSchedules", () => {
  const process = parseProcess("edm");
  const spectrum = isotropicSpectrum(1, 0.25);
  const candidates = [
    { label: "uniform", schedule: strategySchedule(process, { kind: "uniform" }, 8) },
    { label: "karras", schedule: strategySchedule(process, { kind: "karras", rho: 7 }, 8) },
    { label: "tangent:c=0.5", schedule: strategySchedule(process, { kind: "tangent", c: 0.5 }, 8) },
    { label: "exponential", schedule: strategySchedule(process, { kind: "exponential" }, 8) },
  ];

  it("rankSchedules sorts by KL, best first, with each KL equal to scheduleKL's", () => {
    const ranked = rankSchedules(candidates, { spectrum, prior: "exact" });
    expect(ranked.map((r) => r.label)[0]).toBe("tangent:c=0.5"); // c = √λ is optimal for one eigenvalue
    for (let k = 1; k < ranked.length; k++) expect(ranked[k]?.kl).toBeGreaterThanOrEqual(ranked[k - 1]?.kl as number);
    for (const r of ranked) {
      const schedule = candidates.find((c) => c.label === r.label)?.schedule;
      expect(schedule).toBeDefined();
      if (schedule) expect(r.kl).toBe(scheduleKL({ spectrum, schedule, prior: "exact" }).kl);
      expect(r.nfe).toBe(8);
    }
  });

  it("rankSchedules puts an infinite KL last and keeps input order on ties", () => {
    const flow = parseProcess("flow");
    const collapsed = { label: "one-step", schedule: strategySchedule(flow, { kind: "uniform" }, 1) };
    const fine = { label: "four-steps", schedule: strategySchedule(flow, { kind: "uniform" }, 4) };
    const twin = { label: "four-steps-again", schedule: fine.schedule };
    const ranked = rankSchedules([collapsed, fine, twin], { spectrum });
    expect(ranked.map((r) => r.label)).toEqual(["four-steps", "four-steps-again", "one-step"]);
    expect(ranked[2]?.kl).toBe(Number.POSITIVE_INFINITY);
  });
});
