// A user's `npm install @klsched/kl-metrics`, from the tarballs pnpm packed, in a fresh directory outside
// the repository: how much it installs, and whether strict TypeScript ESM and plain CommonJS programs
// compile and run against it.
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { installedPackages, npmInstallTarballs, treeBytes } from "./support/install.js";
import { tarballOf } from "./support/pack.js";
import { referenceKarrasKL } from "./support/reference.js";
import { run, runOrThrow } from "./support/run.js";
import { formatBytes } from "./support/units.js";
import { klschedRuntimeClosure } from "./support/workspace.js";

const PACKAGE = "@klsched/kl-metrics";
const MAX_CLOSURE_BYTES = 3_000_000;
/** Image decoders, data sets and plotting: what the CLI and @klsched/datasets need, and kl-metrics must not pull in. */
const FORBIDDEN = [/^pngjs$/, /^jpeg-js$/, /^mnist$/, /^sharp$/, /^canvas$/, /^vega/, /resvg/];

const consumerDir = new URL("./consumer/", import.meta.url);
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
let dir = "";

/** What both consumer programs print, computed here from the workspace's sources with the same inputs. */
const expected = referenceKarrasKL();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "klsched-consumer-"));
  const packed = inject("packed");
  await npmInstallTarballs(
    dir,
    klschedRuntimeClosure(PACKAGE).map((name) => tarballOf(packed, name).tarball),
  );
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it(`the production install of ${PACKAGE} is at most ${formatBytes(MAX_CLOSURE_BYTES)}`, async () => {
  const bytes = await treeBytes(join(dir, "node_modules"));
  const names = (await installedPackages(dir)).map((pkg) => pkg.name);
  const message = `measured ${formatBytes(bytes)} (${bytes} bytes) in ${names.length} packages: ${names.join(", ")}`;
  console.info(`${PACKAGE} production closure: ${message}`);
  expect(bytes, message).toBeLessThanOrEqual(MAX_CLOSURE_BYTES);
});

it(`the production install of ${PACKAGE} has no image, dataset or plotting package`, async () => {
  const installed = await installedPackages(dir);
  const forbidden = installed.filter((pkg) => FORBIDDEN.some((pattern) => pattern.test(pkg.name)));
  const message = `installed ${installed.length}: ${installed.map((pkg) => pkg.name).join(", ")}`;
  expect(
    forbidden.map((pkg) => pkg.path),
    message,
  ).toEqual([]);
});

it("a strict TypeScript ESM program (nodenext, .d.ts checked) compiles against the install and runs", async () => {
  for (const file of ["strict-esm.ts", "tsconfig.json"]) await copyFile(new URL(file, consumerDir), join(dir, file));
  const compiled = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir });
  expect(compiled.status, `tsc exited ${compiled.status}:\n${compiled.stdout}${compiled.stderr}`).toBe(0);
  const { stdout } = await runOrThrow(process.execPath, ["out/strict-esm.js"], { cwd: dir });
  expect(JSON.parse(stdout), `printed ${stdout.trim()}`).toEqual(expected);
});

it(`a CommonJS program require()s ${PACKAGE} on Node ${process.versions.node} and runs`, async () => {
  await copyFile(new URL("commonjs.cjs", consumerDir), join(dir, "commonjs.cjs"));
  const { stdout, stderr } = await runOrThrow(process.execPath, ["commonjs.cjs"], { cwd: dir });
  expect(JSON.parse(stdout), `printed ${stdout.trim()} ${stderr.trim()}`).toEqual(expected);
});
