// `pnpm bench`: the packages' benchmarks one at a time (run together on two cores their timings disturb
// each other), each followed in the same invocation by its numpy/scipy reference from benchmarks/ when
// python3 has what the reference imports (skipped with a note otherwise), then one table with every figure
// beside its reference.
//
// A benchmark reports a figure by printing a JSON line {"figure": key, "value": x, "unit": u}; its
// reference prints the same key. Every other line is passed through as it comes.
//
//   node scripts/bench.mjs [name …]   (default: every suite; a name picks the suites whose package contains it)
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";

const PNPM = ["-y", "pnpm@10.34.9"];

/** The suites in the order they run: a package's `bench` script and the reference that mirrors it. */
const SUITES = [
  { package: "@klsched/core-linalg", reference: "benchmarks/spectrum_numpy.py", imports: ["numpy"] },
  // its benchmarks run numpy themselves, beside each figure (the covariance in workers, the Gram route)
  { package: "@klsched/datasets" },
  { package: "@klsched/kl-metrics", reference: "benchmarks/schedule_kl_numpy.py", imports: ["numpy"] },
  { package: "@klsched/schedule-optim", reference: "benchmarks/optimal_schedule_scipy.py", imports: ["numpy", "scipy"] },
];

/** Runs a command with its output streamed; resolves to the figures it printed. Rejects on failure. */
function run(command, args, label) {
  return new Promise((resolve, reject) => {
    console.log(`\n── ${label}: ${command} ${args.join(" ")}`);
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
    const figures = [];
    createInterface({ input: child.stdout }).on("line", (line) => {
      const figure = parseFigure(line);
      if (figure === undefined) console.log(line);
      else figures.push(figure);
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(figures) : reject(new Error(`${label} exited with ${code}`))));
  });
}

/** The figure a line reports, or undefined for any other line. */
function parseFigure(line) {
  if (!line.startsWith('{"figure"')) return undefined;
  try {
    const { figure, value, unit } = JSON.parse(line);
    return typeof figure === "string" && typeof value === "number" ? { key: figure, value, unit: String(unit ?? "") } : undefined;
  } catch {
    return undefined;
  }
}

/** Why python3 cannot run a reference that imports `modules`, or undefined when it can. */
function missingPython(modules) {
  const check = spawnSync("python3", ["-c", `import ${modules.join(", ")}`], { encoding: "utf8" });
  if (check.error !== undefined) return "python3 not found";
  return check.status === 0 ? undefined : `python3 lacks ${modules.join(" or ")}`;
}

/** A number with four significant digits, or a dash. */
const show = (x) => (x === undefined ? "—" : Number(x.toPrecision(4)).toString());

const picked = process.argv.slice(2);
const suites = SUITES.filter((s) => picked.length === 0 || picked.some((name) => s.package.includes(name)));
// through pnpm, which turbo needs on its PATH to find the workspace
const filters = suites.map((s) => `--filter=${s.package}...`);
const build = spawnSync("npx", [...PNPM, "exec", "turbo", "run", "build", "--output-logs=errors-only", ...filters], {
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);

const rows = [];
const notes = [];
for (const suite of suites) {
  const ours = await run("npx", [...PNPM, "--filter", suite.package, "run", "bench"], suite.package);
  const missing = suite.reference === undefined ? undefined : missingPython(suite.imports);
  let reference = [];
  if (suite.reference === undefined) reference = [];
  else if (missing === undefined) reference = await run("python3", [suite.reference], suite.reference);
  else notes.push(`${suite.reference} skipped: ${missing}`);
  const byKey = new Map(reference.map((f) => [f.key, f]));
  for (const figure of ours) rows.push({ ...figure, reference: byKey.get(figure.key)?.value });
}

console.log("\n── every figure beside its reference (same run; wall-clock medians: re-run on a quiet machine)");
const width = Math.max(6, ...rows.map((r) => r.key.length));
console.log(`${"figure".padEnd(width)}  ${"klsched".padStart(10)}  ${"reference".padStart(10)}  ${"ratio".padStart(7)}  unit`);
for (const r of rows) {
  const ratio = r.reference === undefined ? undefined : r.value / r.reference;
  console.log(
    `${r.key.padEnd(width)}  ${show(r.value).padStart(10)}  ${show(r.reference).padStart(10)}  ${show(ratio).padStart(7)}  ${r.unit}`,
  );
}
for (const note of notes) console.log(note);
