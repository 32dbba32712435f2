/**
 * Benchmark of sampling a real-data mixture with its exact denoiser (issue 11's target): one `heun` run
 * at N = 16 (31 denoiser evaluations) on 4096 samples of the 10-component MNIST class mixture
 * (class:rank=32), target ≤ 30 s on the 2-core machine; the denoiser's throughput in samples ×
 * evaluations per second; and the cost of measuring one sample set (FD in pixels and PCA, NLL, sliced W₂,
 * each with 8 bootstrap resamples). A benchmark, not a test: it asserts nothing about time and fails only
 * on a non-finite result. Run with `pnpm bench`.
 */
import { sampleMixture } from "@klsched/core-linalg";
import { fitMixture, loadDataset, parseMixtureFit } from "@klsched/datasets";
import { parseProcess, strategySchedule } from "@klsched/discretization";
import { heun, mixtureDenoiser, runMixtureSampler } from "@klsched/gaussian-flow";
import { qualityReference } from "../src/index.js";

const seconds = () => Number(process.hrtime.bigint()) / 1e9;
const finite = (values: Float64Array, what: string) => {
  for (const x of values) if (!Number.isFinite(x)) throw new Error(`${what}: non-finite value ${x}`);
};

let start = seconds();
const mixture = fitMixture(loadDataset("mnist"), parseMixtureFit("class:rank=32"));
console.log(`fit mnist class:rank=32 (10 eigendecompositions of 784 × 784): ${(seconds() - start).toFixed(2)} s`);

const n = 4096;
const d = mixture.dimension;
const denoise = mixtureDenoiser(mixture);
const batch = { n, d, data: sampleMixture(mixture, n, 1).data };
const level = { t: 1, alpha: 1, sigma: 1 };
const times: number[] = [];
for (let i = 0; i < 7; i++) {
  start = seconds();
  finite(denoise(batch, level).data, "denoiser");
  times.push(seconds() - start);
}
times.sort((a, b) => a - b);
const one = times[3] as number;
const width = mixture.components.reduce((t, c) => t + c.rank, 0);
console.log(
  `mixtureDenoiser, n=${n}, d=${d}, K=10, Σr=${width}: median ${(one * 1000).toFixed(0)} ms an evaluation, ${(n / one).toFixed(0)} samples × evaluations per second, ${((2 * n * d * width) / one / 1e9).toFixed(2)} G multiply–adds/s in the two products`,
);

const schedule = strategySchedule(parseProcess("edm"), { kind: "karras", rho: 7 }, 16);
start = seconds();
const out = runMixtureSampler(heun, schedule, mixture, { n, seed: 1, denoise });
const run = seconds() - start;
finite(out.data, "heun");
const evaluations = heun.evaluations(schedule);
console.log(
  `heun N=16 (${evaluations} evaluations) on ${n} samples: ${run.toFixed(2)} s (target ≤ 30 s), ${((n * evaluations) / run).toFixed(0)} samples × evaluations per second`,
);

start = seconds();
const reference = qualityReference(mixture, sampleMixture(mixture, n, 2).data, n, { bootstrap: 8 });
const setup = seconds() - start;
start = seconds();
const quality = reference.measure(out.data);
const measuring = seconds() - start;
finite(Float64Array.of(quality.fdPixel.value, quality.fdPca.value, quality.nll.value, quality.slicedW2.value), "quality");
console.log(
  `qualityReference setup ${setup.toFixed(2)} s; measure one set (4 metrics, 8 resamples): ${measuring.toFixed(2)} s — FD px ${quality.fdPixel.value.toFixed(3)} ± ${quality.fdPixel.error.toFixed(3)}`,
);
