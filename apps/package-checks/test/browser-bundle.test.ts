// What a web app pays for the headline computation: a Karras schedule for the VE process and its KL, bundled
// for the browser by esbuild from the built packages.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { syntheticSpectrum } from "@klsched/core-linalg";
import { beforeAll, expect, it } from "vitest";
import { type BrowserBundle, bundleForBrowser, describeLargestInputs } from "./support/bundle.js";
import { referenceKarrasKL, SPECTRUM } from "./support/reference.js";
import { formatBytes } from "./support/units.js";

const MAX_BUNDLE_BYTES = 25_000;

/** The app's code: the spectrum comes from the caller, so the bundle holds only what the schedule and KL need. */
const ENTRY = `
import { strategySchedule, veProcess } from "@klsched/discretization";
import { scheduleKL } from "@klsched/kl-metrics";
export function karrasKL(spectrum) {
  return scheduleKL({ spectrum, schedule: strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 20) }).kl;
}
`;

let bundle: BrowserBundle;

beforeAll(async () => {
  bundle = await bundleForBrowser(ENTRY, new URL(".", import.meta.url).pathname);
});

it(`the browser bundle of veProcess + a Karras schedule + scheduleKL is at most ${formatBytes(MAX_BUNDLE_BYTES)} minified`, () => {
  const message =
    `measured ${formatBytes(bundle.bytes)} minified (${bundle.bytes} bytes; ${formatBytes(bundle.gzipBytes)} gzipped) ` +
    `from ${bundle.inputs.length} modules; the largest:\n${describeLargestInputs(bundle)}`;
  console.info(`browser bundle: ${message}`);
  expect(bundle.bytes, message).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
});

it("the bundle runs and gives the library's KL", async () => {
  const dir = await mkdtemp(join(tmpdir(), "klsched-bundle-"));
  try {
    const file = join(dir, "bundle.mjs");
    await writeFile(file, bundle.code);
    const { karrasKL } = (await import(pathToFileURL(file).href)) as { karrasKL: (spectrum: unknown) => number };
    expect(karrasKL(syntheticSpectrum(SPECTRUM)), `bundle of ${formatBytes(bundle.bytes)}`).toBe(referenceKarrasKL().kl);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
