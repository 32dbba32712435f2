// What npm users get from each published package: publint and attw on the tarball `pnpm pack` made, and
// the tarball's file list and manifest.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, inject, it } from "vitest";
import { run, runOrThrow } from "./support/run.js";
import { type Manifest, publishedPackages, readJson } from "./support/workspace.js";

const packed = inject("packed");
const attw = binOf("@arethetypeswrong/cli", "attw");

/** Files a tarball must not ship: tests, their helpers and fixtures, benchmarks. */
const NOT_SHIPPED = [/\.test\.[cm]?[jt]s/, /(^|\/)test-support\//, /(^|\/)fixtures\//, /(^|\/)bench(-dist)?\//];

it("pnpm pack made one tarball for every published workspace package", () => {
  const expected = publishedPackages().map((pkg) => pkg.name);
  const made = packed.map((pkg) => pkg.name);
  expect(made.sort(), `packed ${made.length}: ${made.join(", ")}`).toEqual(expected.sort());
});

describe.each(packed)("$name", ({ name, tarball, files }) => {
  it("publint reports no error, warning or suggestion on the tarball", async () => {
    const bytes = await readFile(tarball);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const { messages, pkg } = await publint({ pack: { tarball: arrayBuffer }, level: "suggestion", strict: true });
    const lines = messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`);
    expect(lines, `publint on ${name}: ${lines.length} messages`).toEqual([]);
  });

  it("attw --profile esm-only resolves every entry point's types on the tarball", async () => {
    const { status, stdout, stderr } = await run(
      process.execPath,
      [attw, tarball, "--profile", "esm-only", "--format", "ascii", "--no-color", "--no-emoji"],
      { cwd: process.cwd() },
    );
    expect(status, `attw on ${name} exited ${status}:\n${stdout}${stderr}`).toBe(0);
  });

  it("the tarball ships LICENSE, dist and src, and no tests, fixtures or benchmarks", () => {
    const unwanted = files.filter((file) => NOT_SHIPPED.some((pattern) => pattern.test(file)));
    expect(unwanted, `${name} ships ${unwanted.length} test or bench files of ${files.length}`).toEqual([]);
    const required = ["LICENSE", "package.json", "dist/index.js", "dist/index.d.ts", "src/index.ts"];
    const missing = required.filter((file) => !files.includes(file));
    expect(missing, `${name}'s tarball (${files.length} files) lacks ${missing.join(", ")}`).toEqual([]);
  });

  it("the packed package.json depends on @klsched packages by caret ranges of their versions, not workspace:", async () => {
    const { stdout } = await runOrThrow("tar", ["-xzOf", tarball, "package/package.json"], { cwd: process.cwd() });
    const { dependencies = {} } = JSON.parse(stdout) as Manifest;
    const internal = Object.entries(dependencies).filter(([dependency]) => dependency.startsWith("@klsched/"));
    const wrong = internal.filter(([dependency, range]) => range !== `^${versionOf(dependency)}`);
    expect(wrong, `${name}'s packed @klsched ranges: ${JSON.stringify(Object.fromEntries(internal))}`).toEqual([]);
  });
});

/** The version pnpm packed `name` at. */
function versionOf(name: string): string | undefined {
  return packed.find((pkg) => pkg.name === name)?.version;
}

/** The file of a package's `bin` entry (what `npx <bin>` would start), resolved from this workspace. */
function binOf(name: string, bin: string): string {
  const manifestPath = createRequire(import.meta.url).resolve(`${name}/package.json`);
  const { bin: bins } = readJson<{ bin: Record<string, string> }>(manifestPath);
  const file = bins[bin];
  if (!file) throw new Error(`${name} has no bin ${bin}`);
  return join(dirname(manifestPath), file);
}
