import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeNpy } from "@klsched/core-linalg";
import { diffusersBetas } from "@klsched/discretization";
import { beforeAll, describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

const dir = mkdtempSync(join(tmpdir(), "klsched-betas-"));
const file = (name: string) => join(dir, name);
/** DDPM's betas as diffusers stores them (float32 linspace 1e-4 … 0.02): `ddpm:betas=FILE` must give `ddpm` itself. */
const betas = Array.from(diffusersBetas({ kind: "linear", betaStart: 1e-4, betaEnd: 0.02 }, 1000));

beforeAll(() => {
  writeFileSync(file("betas.npy"), encodeNpy(betas));
  writeFileSync(file("betas.json"), JSON.stringify(betas));
  writeFileSync(file("scheduler_config.json"), JSON.stringify({ _class_name: "DDIMScheduler", trained_betas: betas }));
  writeFileSync(file("betas.csv"), `betas\n${betas.join("\n")}\n`);
  writeFileSync(file("betas.txt"), betas.join(" "));
  writeFileSync(file("short.json"), "[0.01]");
  writeFileSync(file("negative.json"), "[0.01, -0.02, 0.03]");
  writeFileSync(file("malformed.json"), "[0.01, 0.02");
  writeFileSync(file("config.json"), JSON.stringify({ trained_betas: null }));
  const square = Buffer.from(encodeNpy([0.01, 0.02, 0.03, 0.04]));
  writeFileSync(file("square.npy"), Buffer.from(square.toString("latin1").replace("(4,), ", "(2,2),"), "latin1"));
});

async function klJson(process: string, ...flags: string[]): Promise<Record<string, unknown>> {
  const run = await runCaptured(["kl", "--process", process, "--spectrum", "isotropic:d=4,lambda=0.3", ...flags, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe("--process ddpm:betas=FILE", () => {
  it.each(["betas.npy", "betas.json", "scheduler_config.json", "betas.csv", "betas.txt"])(
    "ddpm:betas=%s (DDPM's own betas) gives the KL of the ddpm preset, for klsched's and reproduced strategies",
    async (name) => {
      for (const strategy of ["karras", "diffusers-ddim:spacing=trailing"]) {
        const flags = ["--strategy", strategy, "--steps", "10"];
        const fromFile = await klJson(`ddpm:betas=${file(name)}`, ...flags);
        const preset = await klJson("ddpm", ...flags);
        expect(fromFile["kl"]).toBe(preset["kl"]);
        expect(fromFile["process"]).toBe(`ddpm:betas=${file(name)}`);
      }
    },
  );

  it("ddpm:betas=FILE,zsnr=zero rescales the trained betas to zero terminal SNR (σ/α = ∞ at the first level)", async () => {
    const run = await runCaptured([
      "schedule",
      "--process",
      `ddpm:betas=${file("betas.npy")},zsnr=zero`,
      "--strategy",
      "uniform",
      "--steps",
      "3",
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { sigmas: (number | null)[] }).sigmas[0]).toBeNull();
  });

  it.each([
    ["a missing file", "missing.npy"],
    ["an unknown file type", "betas.dat"],
    ["malformed JSON", "malformed.json"],
    ["a config whose trained_betas is null", "config.json"],
    ["a 2-D array", "square.npy"],
    ["a single beta", "short.json"],
    ["a negative beta", "negative.json"],
  ])("%s: exit 2, one line naming --process and its value", async (_, name) => {
    const process = `ddpm:betas=${file(name)}`;
    const run = await runCaptured([
      "kl",
      "--process",
      process,
      "--spectrum",
      "isotropic:d=3",
      "--strategy",
      "uniform",
      "--steps",
      "4",
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^klsched: [^\n]+\n$/);
    expect(run.stderr).toContain(`--process ${JSON.stringify(process)}`);
  });
});
