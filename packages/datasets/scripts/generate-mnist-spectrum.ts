/**
 * Writes packages/core-linalg/src/builtin/mnist-spectrum.json, the built-in `mnist` spectrum: the 784 eigenvalues of the
 * covariance of the `mnist` package's 10,000 digits (pixels 2k/255 − 1), plus the uniform dequantisation
 * variance (2/255)²/12 on each, with their provenance.
 *
 * Regenerate with `npx tsx scripts/generate-mnist-spectrum.ts` from packages/datasets. Deterministic
 * apart from the date: the files are read in a fixed order and the covariance and eigensolver are
 * deterministic.
 */
import { writeFileSync } from "node:fs";
import { accumulateCovariance } from "@klsched/core-linalg";
import { measureSpectrum } from "../src/measure-spectrum.js";
import { loadDataset } from "../src/mnist-dataset.js";

const started = performance.now();
const dataset = loadDataset("mnist");
const spectrum = measureSpectrum(dataset);
const rawVarianceSum = accumulateCovariance(dataset).varianceSum();
const seconds = (performance.now() - started) / 1000;

const record = {
  name: "mnist",
  provenance: {
    package: `${dataset.source.package}@${dataset.source.version}`,
    files: dataset.source.files.join(", "),
    order: "files 0.json … 9.json in turn, each file's digits in stored order",
    n: spectrum.rows,
    d: spectrum.dimension,
    scaling: dataset.source.scaling,
    covariance: "sample covariance with 1/(n − 1), as np.cov(X, rowvar=False)",
    dequantization:
      "uniform dequantisation: (2/255)²/12, the variance of U(−1/255, 1/255) noise of one grey level, added to every eigenvalue " +
      "(what a model trained on continuous data sees; also makes the pixels that never change positive-variance directions)",
    dequantizationVariance: spectrum.dequantization,
    rawVarianceSum,
    trace: spectrum.trace,
    eigenvalues: "descending; the sum equals rawVarianceSum + 784·dequantizationVariance",
    date: new Date().toISOString().slice(0, 10),
    script: "packages/datasets/scripts/generate-mnist-spectrum.ts",
  },
  eigenvalues: Array.from(spectrum.eigenvalues),
};
const out = new URL("../../core-linalg/src/builtin/mnist-spectrum.json", import.meta.url);
writeFileSync(out, formatJson(record));
console.log(`wrote ${out.pathname}: ${spectrum.dimension} eigenvalues of ${spectrum.rows} digits in ${seconds.toFixed(2)} s`);

/**
 * JSON as the repository's formatter (biome, line width 130) writes it, so that a regenerated file differs
 * from the committed one only where values differ: two-space indents, numbers filled onto lines.
 */
function formatJson(value: typeof record): string {
  const text = JSON.stringify({ ...value, eigenvalues: "EIGENVALUES" }, null, 2);
  const lines: string[] = [];
  let line = "";
  for (const item of value.eigenvalues.map((x) => `${JSON.stringify(x)},`)) {
    if (line !== "" && 4 + line.length + 1 + item.length > 130) {
      lines.push(`    ${line}`);
      line = "";
    }
    line = line === "" ? item : `${line} ${item}`;
  }
  lines.push(`    ${line.slice(0, -1)}`);
  return `${text.replace('"EIGENVALUES"', `[\n${lines.join("\n")}\n  ]`)}\n`;
}
