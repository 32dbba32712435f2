/**
 * Writes the guide page "Does the Gaussian ranking hold on real data?" (docs/guide/real-data.md) from
 * measurements of `klsched validate` on MNIST: `tsx scripts/real-data-page.ts run` runs the command
 * (built CLI, `apps/cli/dist/bin.js`) for sd15, edm and flow (or the processes named after `run`) and keeps each JSON, digit grid and FD
 * plot under docs/guide/real-data/ (about an hour on the 2-core machine; the processes may run side by side); `… render` (the default)
 * writes the page from those files, so that its tables are the measurements, not a copy of them.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderRealDataPage, type ValidateJson } from "./real-data-render.js";

export const PROCESSES = ["sd15", "edm", "flow"] as const;
export const COMMON_FLAGS = [
  "--data",
  "mnist",
  "--mixture",
  "class:rank=32",
  "--steps",
  "4,8,16",
  "--samples",
  "4096",
  "--seed",
  "1",
];

const dataDir = fileURLToPath(new URL("../../../docs/guide/real-data/", import.meta.url));
const page = fileURLToPath(new URL("../../../docs/guide/real-data.md", import.meta.url));
const cli = fileURLToPath(new URL("../../cli/dist/bin.js", import.meta.url));

function run(only: readonly string[]): void {
  for (const process of PROCESSES.filter((p) => only.length === 0 || only.includes(p))) {
    const args = [
      cli,
      "validate",
      "--process",
      process,
      ...COMMON_FLAGS,
      "--grid",
      `${dataDir}grid-${process}.png`,
      "--plot",
      `${dataDir}fd-${process}.svg`,
      "--json",
    ];
    console.error(`real-data: klsched ${args.slice(1).join(" ")}`);
    const json = execFileSync("node", args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 28 });
    writeFileSync(`${dataDir}validate-${process}.json`, json);
  }
}

function render(): void {
  const runs = PROCESSES.map(
    (name): ValidateJson => ({ ...JSON.parse(readFileSync(`${dataDir}validate-${name}.json`, "utf8")), name }),
  );
  writeFileSync(page, renderRealDataPage(runs, `klsched validate --process P ${COMMON_FLAGS.join(" ")}`));
  console.error(`real-data: wrote ${page}`);
}

if (process.argv[2] === "run") run(process.argv.slice(3));
else render();
