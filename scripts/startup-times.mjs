// Start-up time of the CLI against a bare `node -e 0`: the median of RUNS runs of each command, the
// commands taken in turn so that load on the machine falls on all of them alike.
//
//   node scripts/startup-times.mjs [label=path/to/bin.js …]   (default: now=apps/cli/dist/bin.js)
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

const RUNS = 10;
const KL = ["kl", "--process", "edm", "--spectrum", "isotropic:d=4,lambda=1", "--strategy", "karras", "--steps", "10", "--json"];

/** The commands to time: `node -e 0`, then `--version` and one `kl` for each labelled bin.js. */
function commands(bins) {
  const list = [{ name: "node -e 0", args: ["-e", "0"] }];
  for (const [label, bin] of bins) {
    list.push({ name: `${label}: --version`, args: [bin, "--version"] });
    list.push({ name: `${label}: kl … --json`, args: [bin, ...KL] });
  }
  return list;
}

/** Seconds one run of `node …args` takes; throws when it fails. */
function seconds(args) {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  const elapsed = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return elapsed;
}

/** The middle value (the mean of the two middle values for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const bins = process.argv.slice(2).map((arg) => {
  const at = arg.indexOf("=");
  return at < 0 ? [arg, arg] : [arg.slice(0, at), arg.slice(at + 1)];
});
const list = commands(bins.length > 0 ? bins : [["now", "apps/cli/dist/bin.js"]]);
const times = list.map(() => []);
for (let run = 0; run < RUNS; run++) {
  list.forEach((command, i) => {
    times[i].push(seconds(command.args));
  });
}
const base = median(times[0]);
console.log(`| command | median of ${RUNS} (s) | − node -e 0 (s) |`);
console.log("| --- | ---: | ---: |");
list.forEach((command, i) => {
  const m = median(times[i]);
  console.log(`| ${command.name} | ${m.toFixed(3)} | ${(m - base).toFixed(3)} |`);
});
