/**
 * Benchmarks of the multi-channel stationary estimate; not tests: they assert nothing about time and fail
 * only on a non-finite result or eigenvalues that disagree with numpy's. Each figure is printed beside
 * numpy's from the same run (benchmarks/stationary_spectrum_numpy.py on the same file) when python3 with
 * numpy is present.
 *
 * 1. 256 samples of 4 × 128 × 128 (SDXL latents, d = 65 536), seeded uniform float32, channels first:
 *    accumulation, then the eigenvalue step (PowerSpectrumAccumulator.eigenvalues: 8 194 Hermitian 4 × 4
 *    problems, one per conjugate pair of frequencies) against np.linalg.eigvalsh batched over all 16 384
 *    cross-spectral matrices, and over the same 8 194 we solve.
 * 2. The full run on 1 000 × 16 × 128 × 128 (Flux/SD3 latents, d = 262 144; 1 GiB of float32 written to a
 *    temporary .npy and streamed 16 rows at a time) in a child process, for its wall time and peak RSS.
 *    Skip it with KLSCHED_BENCH_QUICK=1.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseNpy } from "../src/npy.js";
import { sortDescending } from "../src/sort-descending.js";
import { PowerSpectrumAccumulator } from "../src/stationary-spectrum.js";
import { uniformGenerator } from "../src/test-support/random.js";

const SCRIPT = fileURLToPath(new URL("../../../../benchmarks/stationary_spectrum_numpy.py", import.meta.url));
const FULL_BATCH_ROWS = 16;

/** The `.npy` v1 header of a little-endian float32 C-order array of `shape` (data 64-byte aligned). */
function npyHeader(shape: readonly number[]): Uint8Array {
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${shape.join(", ")}), }`;
  header += `${" ".repeat((64 - ((11 + header.length) % 64)) % 64)}\n`;
  const bytes = new Uint8Array(10 + header.length);
  bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(bytes.buffer).setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) bytes[10 + i] = header.charCodeAt(i);
  return bytes;
}

/** Writes n rows of seeded uniform float32 values of `shape` (per row) to `path`, one row at a time. */
function writeUniformNpy(path: string, n: number, shape: readonly number[], seed: number): void {
  const d = shape.reduce((a, b) => a * b, 1);
  const next = uniformGenerator(seed);
  const row = new Float32Array(d);
  const fd = openSync(path, "w");
  try {
    writeSync(fd, npyHeader([n, ...shape]));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < d; j++) row[j] = 2 * next() - 1;
      writeSync(fd, new Uint8Array(row.buffer));
    }
  } finally {
    closeSync(fd);
  }
}

/** Streams the float32 rows of a .npy written by {@link writeUniformNpy} through `add`, `batchRows` at a time. */
function streamNpy(path: string, n: number, d: number, batchRows: number, add: (batch: Float32Array) => void): void {
  const fd = openSync(path, "r");
  try {
    const preamble = new Uint8Array(10);
    readSync(fd, preamble, 0, 10, 0);
    const offset = 10 + new DataView(preamble.buffer).getUint16(8, true);
    const bytes = new Uint8Array(batchRows * d * 4);
    for (let start = 0; start < n; start += batchRows) {
      const rows = Math.min(batchRows, n - start);
      const length = rows * d * 4;
      let done = 0;
      while (done < length) done += readSync(fd, bytes, done, length - done, offset + start * d * 4 + done);
      add(new Float32Array(bytes.buffer, 0, rows * d));
    }
  } finally {
    closeSync(fd);
  }
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

function finite(values: Float64Array): Float64Array {
  for (const x of values) if (!Number.isFinite(x)) throw new Error(`non-finite eigenvalue ${x}`);
  return values;
}

function hasNumpy(): boolean {
  return spawnSync("python3", ["-c", "import numpy"], { stdio: "ignore" }).status === 0;
}

/** Runs the numpy script; its JSON line, or undefined (with the reason printed) when it fails. */
function numpy(args: readonly string[]): Record<string, number> | undefined {
  const run = spawnSync("python3", [SCRIPT, ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) {
    console.log(`  numpy reference failed: ${run.stderr.trim().split("\n").pop()}`);
    return undefined;
  }
  return JSON.parse(run.stdout) as Record<string, number>;
}

const line = (label: string, ours: number, reference: number | undefined, unit = "s") =>
  console.log(
    `${label.padEnd(52)} ${ours.toFixed(3)} ${unit}` +
      (reference === undefined ? "" : `   numpy ${reference.toFixed(3)} ${unit}   ratio ${(ours / reference).toFixed(2)}×`),
  );

/** Part 1: the eigenvalue step of 4 × 128 × 128 on 256 samples, beside numpy's batched eigvalsh. */
function eigenvalueStep(dir: string, withNumpy: boolean): void {
  const [n, c, h, w] = [256, 4, 128, 128];
  const d = c * h * w;
  const path = join(dir, "latents-4x128x128.npy");
  writeUniformNpy(path, n, [c, h, w], 1);
  const accumulator = new PowerSpectrumAccumulator({ channels: c, height: h, width: w, layout: "chw" });
  let start = process.hrtime.bigint();
  streamNpy(path, n, d, 64, (batch) => accumulator.add(batch));
  const accumulate = seconds(start);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let ours: Float64Array = new Float64Array(0);
  for (let run = 0; run < 6; run++) {
    start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    ours = finite(accumulator.eigenvalues());
    const used = process.cpuUsage(cpu);
    if (run > 0) times.push(seconds(start));
    if (run > 0) cpuTimes.push((used.user + used.system) / 1e6);
  }
  const sortTimes: number[] = [];
  const shuffle = uniformGenerator(3);
  const unsorted = ours.slice();
  for (let i = d - 1; i > 0; i--) {
    const j = Math.floor(shuffle() * (i + 1));
    [unsorted[i], unsorted[j]] = [unsorted[j] as number, unsorted[i] as number];
  }
  for (let run = 0; run < 5; run++) {
    const copy = unsorted.slice();
    const cpu = process.cpuUsage();
    sortDescending(copy);
    const used = process.cpuUsage(cpu);
    sortTimes.push((used.user + used.system) / 1e6);
  }
  const reference = withNumpy ? numpy(["eig", path, join(dir, "numpy-eigenvalues.npy")]) : undefined;
  console.log(`stationary ${n} × ${c}×${h}×${w} (d = ${d}), float32, channels first`);
  line("  accumulate (FFT + cross-spectra)", accumulate, reference?.accumulateSeconds);
  line("  eigenvalue step vs eigvalsh on all 16384 matrices", median(times), reference?.eigvalshAllSeconds);
  line("  eigenvalue step vs eigvalsh on the same 8194", median(times), reference?.eigvalshHalfSeconds);
  line("  the same, CPU time (a fairer figure on a busy machine)", median(cpuTimes), reference?.eigvalshHalfCpuSeconds);
  line(`    of which the sort of ${d} shuffled values (CPU time)`, median(sortTimes), reference?.sortSeconds);
  if (reference !== undefined) {
    const theirs: Float64Array = parseNpy(readFileSync(join(dir, "numpy-eigenvalues.npy"))).data;
    let worst = 0;
    for (let k = 0; k < d; k++) worst = Math.max(worst, Math.abs((ours[k] as number) - (theirs[k] as number)));
    const relative = worst / (theirs[0] as number);
    console.log(`  eigenvalues agree with numpy's to ${relative.toExponential(1)} of the largest`);
    if (!(relative < 1e-10)) throw new Error(`eigenvalues differ from numpy's by ${relative} of the largest`);
  }
}

/** Part 2 (in a child process, for a clean peak RSS): the full stationary estimate of `path`. */
function fullRunChild(path: string, n: number, c: number, h: number, w: number): void {
  const accumulator = new PowerSpectrumAccumulator({ channels: c, height: h, width: w, layout: "chw" });
  const start = process.hrtime.bigint();
  streamNpy(path, n, c * h * w, FULL_BATCH_ROWS, (batch) => accumulator.add(batch));
  const accumulateSeconds = seconds(start);
  const eigenStart = process.hrtime.bigint();
  finite(accumulator.eigenvalues());
  const eigenSeconds = seconds(eigenStart);
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  const cpuSeconds = (userCPUTime + systemCPUTime) / 1e6;
  console.log(JSON.stringify({ seconds: seconds(start), accumulateSeconds, eigenSeconds, cpuSeconds, maxRssMiB: maxRSS / 1024 }));
}

function fullRun(dir: string, withNumpy: boolean): void {
  const [n, c, h, w] = [1000, 16, 128, 128];
  const path = join(dir, "latents-16x128x128.npy");
  let start = process.hrtime.bigint();
  writeUniformNpy(path, n, [c, h, w], 2);
  console.log(`stationary ${n} × ${c}×${h}×${w} (d = ${c * h * w}), float32 streamed ${FULL_BATCH_ROWS} rows at a time`);
  console.log(`  (wrote the 1 GiB input in ${seconds(start).toFixed(1)} s)`);
  start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--full", path, `${n},${c},${h},${w}`], {
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`full run failed: ${child.stderr}`);
  const ours = JSON.parse(child.stdout) as Record<string, number>;
  const reference = withNumpy ? numpy(["full", path]) : undefined;
  line("  full run (read + FFT + cross-spectra + eigenvalues)", ours.seconds as number, reference?.seconds);
  line("    of which accumulation", ours.accumulateSeconds as number, reference?.accumulateSeconds);
  line("    of which eigenvalues", ours.eigenSeconds as number, reference?.eigenSeconds);
  line("  CPU time of the whole process (all threads)", ours.cpuSeconds as number, reference?.cpuSeconds);
  line("  peak RSS", ours.maxRssMiB as number, reference?.maxRssMiB, "MiB");
}

const [mode, fullPath, fullShape] = process.argv.slice(2);
if (mode === "--full") {
  const [n, c, h, w] = (fullShape as string).split(",").map(Number) as [number, number, number, number];
  fullRunChild(fullPath as string, n, c, h, w);
} else {
  const dir = mkdtempSync(join(tmpdir(), "klsched-stationary-bench-"));
  try {
    const withNumpy = hasNumpy();
    if (!withNumpy) console.log("(python3 with numpy not found: figures without their numpy reference)");
    eigenvalueStep(dir, withNumpy);
    if (process.env.KLSCHED_BENCH_QUICK !== "1") fullRun(dir, withNumpy);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
