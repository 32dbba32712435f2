import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

beforeAll(() => {
  // `pretest` builds dist/; build here too when the test is run on its own.
  if (!existsSync(bin)) execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
}, 120_000);

/**
 * Module hooks that make loading any plotting module fail (the plot's own files, the chart, resvg), for
 * `node --import`: a run they do not break never loaded them.
 */
const DENY_PLOTTING = String.raw`
export async function load(url, context, next) {
  if (/\/(plot-file|plot-spec|plot-font|render-plot)\.js$|\/chart\/|resvg/.test(url)) throw new Error("loaded " + url);
  return next(url, context);
}
`;

/** Module hooks that make loading any klsched library or command implementation fail. */
const DENY_LIBRARIES = String.raw`
export async function load(url, context, next) {
  if (/\/packages\/[a-z-]+\/(dist|src)\/|@klsched\/(?!cli)|\/commands\/[a-z]+-run\.js$/.test(url)) throw new Error("loaded " + url);
  return next(url, context);
}
`;

/** `node --import` arguments that register `hooks` (module source) for a run of dist/bin.js. */
function withHooks(hooks: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "klsched-hooks-"));
  writeFileSync(join(dir, "hooks.mjs"), hooks);
  const register = `import { register } from "node:module"; register(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)});`;
  writeFileSync(join(dir, "register.mjs"), register);
  return ["--import", pathToFileURL(join(dir, "register.mjs")).href, bin];
}

const ARGS = ["kl", "--process", "sd15", "--spectrum", "powerlaw:d=8", "--strategy", "karras", "--steps", "10", "--json"];

describe("node dist/bin.js (end to end)", () => {
  it("node dist/bin.js kl --json prints the same single JSON object as runCli, and exits 0", async () => {
    const child = spawnSync(process.execPath, [bin, ...ARGS], { encoding: "utf8" });
    expect(child.status, child.stderr).toBe(0);
    expect(child.stderr).toBe("");
    expect(child.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(child.stdout)).toEqual(JSON.parse((await runCaptured(ARGS)).stdout));
  });

  it("node dist/bin.js with a bad value exits 2 with one line on stderr", () => {
    const child = spawnSync(process.execPath, [bin, ...ARGS.slice(0, -3), "--steps", "0", "--json"], { encoding: "utf8" });
    expect(child.status).toBe(2);
    expect(child.stdout).toBe("");
    expect(child.stderr).toBe('klsched: --steps "0": expected an integer ≥ 1\n');
  });

  it("node dist/bin.js --version prints the package version", () => {
    const child = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("--version and kl never load the plotting code (compare --plot does)", () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-bin-"));
    writeFileSync(join(dir, "hooks.mjs"), DENY_PLOTTING);
    const register = `import { register } from "node:module"; register(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)});`;
    writeFileSync(join(dir, "register.mjs"), register);
    const node = ["--import", pathToFileURL(join(dir, "register.mjs")).href, bin];
    const run = (...args: string[]) => spawnSync(process.execPath, [...node, ...args], { encoding: "utf8" });
    const version = run("--version");
    expect(version.status, version.stderr).toBe(0);
    const kl = run(...ARGS);
    expect(kl.status, kl.stderr).toBe(0);
    expect(JSON.parse(kl.stdout)).toHaveProperty("kl");
    const plot = join(dir, "kl.svg");
    const compare = run(
      "compare",
      ...["--process", "edm", "--spectrum", "isotropic:d=2", "--strategy", "uniform"],
      "--plot",
      plot,
    );
    expect(compare.status).toBe(1);
    expect(compare.stderr).toMatch(/^klsched: loaded file:.*\/plot-file\.js\n$/);
  });

  it("--version loads no klsched library and no command implementation; a command loads its own", () => {
    const node = withHooks(DENY_LIBRARIES);
    const version = spawnSync(process.execPath, [...node, "--version"], { encoding: "utf8" });
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const kl = spawnSync(process.execPath, [...node, ...ARGS], { encoding: "utf8" });
    expect(kl.status).toBe(1);
    expect(kl.stderr).toMatch(/^klsched: loaded file:.*(kl-run\.js|packages)/);
  });
});
