/**
 * Writes the Theory page's figures (generated/figures/*.svg) from the klsched packages, so that they
 * change when the mathematics does, with the chart `klsched compare --plot` draws (@klsched/cli/chart).
 * Run by `pnpm build` (and `pnpm figures`) after the packages are built.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lineChartSvg } from "@klsched/cli/chart";
import { syntheticSpectrum } from "@klsched/core-linalg";
import { parseProcess, sigmasOf } from "@klsched/discretization";
import { klAsymptotics, predictKL, scheduleKL } from "@klsched/kl-metrics";
import { parseAnyStrategy, resolveSchedule } from "@klsched/schedule-optim";

const outDir = fileURLToPath(new URL("../generated/figures/", import.meta.url));
mkdirSync(outDir, { recursive: true });

const process = parseProcess("edm");
const spectrumSpec = "geometric:d=784,min=1e-4,max=10";
const spectrum = syntheticSpectrum(spectrumSpec);
const context = { process, spectrum };

function schedule(strategy: string, steps: number) {
  return resolveSchedule(parseAnyStrategy(strategy), steps, context);
}

function write(name: string, svg: string): void {
  writeFileSync(`${outDir}${name}.svg`, `${svg}\n`);
  console.log(`figures: wrote generated/figures/${name}.svg`);
}

// 1. Levels at N = 20: the exact optimum against the geodesic, the fitted tangent law and two standard maps.
const levelStrategies = ["karras", "tangent:c=1", "tangent", "geodesic", "optimal"];
write(
  "levels",
  lineChartSvg({
    title: "Levels σ/α at N = 20: the optimum, the geodesic and tangent laws",
    subtitle: `edm, DDIM, standard prior, ${spectrumSpec}`,
    xLabel: "step k (0 = noisiest; the clean level σ = 0 is not drawn)",
    yLabel: "σ/α (log scale)",
    xScale: "linear",
    yScale: "log",
    series: levelStrategies.map((label) => ({
      label,
      points: Array.from(sigmasOf(schedule(label, 20)), (s, k) => [k, s] as const),
      dashed: label === "optimal",
    })),
  }),
);

// 2. KL against N on log-log axes for the same strategies and the exponential (log-SNR uniform) map.
const steps = [4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128];
const klStrategies = ["exponential", "karras", "tangent:c=1", "tangent", "geodesic", "optimal"];
write(
  "kl-vs-n",
  lineChartSvg({
    title: "KL(source ‖ output) against N",
    subtitle: `edm, DDIM, standard prior, ${spectrumSpec}`,
    xLabel: "N (steps)",
    yLabel: "KL, nats (log scale)",
    xScale: "log",
    yScale: "log",
    xTicks: steps,
    series: klStrategies.map((label) => ({
      label,
      points: steps.map((n) => [n, scheduleKL({ spectrum, schedule: schedule(label, n) }).kl] as const),
      dashed: label === "optimal",
    })),
  }),
);

// 3. The Euler–Maclaurin expansion against the exact KL, and their difference, for Karras levels.
const small = syntheticSpectrum("geometric:d=16,min=1e-2,max=10");
const { coefficients } = klAsymptotics({ spectrum: small, process, strategy: { kind: "karras", rho: 7 } });
const grid = [4, 8, 16, 32, 64, 128, 256, 512, 1024];
const exact = grid.map((n) => {
  const levels = resolveSchedule(parseAnyStrategy("karras"), n, { process, spectrum: small });
  return scheduleKL({ spectrum: small, schedule: levels }).kl;
});
write(
  "asymptotics",
  lineChartSvg({
    title: "The Euler–Maclaurin expansion against the exact KL",
    subtitle: "c₀ + c₁/N + c₂/N² + c₃/N³ (klAsymptotics); edm, karras, DDIM, geometric:d=16,min=1e-2,max=10",
    xLabel: "N (steps)",
    yLabel: "nats (log scale)",
    xScale: "log",
    yScale: "log",
    xTicks: grid,
    series: [
      { label: "exact KL", points: grid.map((n, i) => [n, exact[i] as number] as const) },
      { label: "expansion", points: grid.map((n) => [n, predictKL(coefficients, n)] as const), markers: false },
      {
        label: "|exact − expansion|",
        points: grid.map((n, i) => [n, Math.abs((exact[i] as number) - predictKL(coefficients, n))] as const),
        dashed: true,
      },
    ],
  }),
);
