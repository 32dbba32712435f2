// A TypeScript user's first program against the installed tarballs: compiled with tsconfig.json beside it
// (strict, nodenext, no ambient types, .d.ts files checked), then run by node. Prints one JSON line that
// consumer-install.test.ts compares with the workspace's own result for the same inputs.
import { syntheticSpectrum } from "@klsched/core-linalg";
import { strategySchedule, veProcess } from "@klsched/discretization";
import { type ScheduleKL, scheduleKL } from "@klsched/kl-metrics";

declare const console: { log(line: string): void };

const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 20);
const result: ScheduleKL = scheduleKL({ spectrum: syntheticSpectrum("geometric:d=784,min=1e-4,max=10"), schedule });
console.log(JSON.stringify({ kl: result.kl, steps: result.steps }));
