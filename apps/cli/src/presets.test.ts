import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

const SPECTRUM = "geometric:d=16,min=1e-3,max=10";
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../packages/discretization/src/fixtures/scheduler-configs/${name}.json`, import.meta.url));

async function json(argv: string[]): Promise<Record<string, unknown>> {
  const run = await runCaptured([...argv, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

interface RankRow {
  strategy: string;
  kl: number;
  pipelineDefault?: true;
}

describe("model presets and scheduler configs in the CLI", () => {
  it("rank --process sd3 includes the pipeline's own default schedule, marked, scored as kl scores it", async () => {
    const rank = (await json(["rank", "--process", "sd3", "--spectrum", SPECTRUM, "--steps", "8"])) as {
      rows: RankRow[];
      pipeline: { model: string; source: string; defaultStrategy: string };
    };
    const row = rank.rows.find((r) => r.pipelineDefault === true);
    expect(row?.strategy).toBe("diffusers-flow:pipeline=sd3,shift=3");
    expect(rank.pipeline).toMatchObject({ model: "Stable Diffusion 3 Medium", defaultStrategy: row?.strategy });
    const kl = await json([
      "kl",
      "--process",
      "sd3",
      "--spectrum",
      SPECTRUM,
      "--strategy",
      row?.strategy as string,
      "--steps",
      "8",
    ]);
    expect(kl["kl"]).toBe(row?.kl);
  });

  it("rank --process flux --resolution 512 ranks Flux's default at μ = calculate_shift(1024 tokens)", async () => {
    const rank = (await json(["rank", "--process", "flux", "--resolution", "512", "--spectrum", SPECTRUM, "--steps", "6"])) as {
      rows: RankRow[];
      process: string;
    };
    const mu = 0.5 + (1024 - 256) * (0.65 / 3840);
    expect(rank.process).toBe(`flux:mu=${mu}`);
    expect(rank.rows.find((r) => r.pipelineDefault)?.strategy).toBe(`diffusers-flow:pipeline=flux,mu=${mu}`);
  });

  it.each([
    ["sd15", "sd15"],
    ["sdxl", "sdxl"],
    ["sd3", "sd3"],
    ["flux-dev", "flux"],
  ])("kl --process fixtures/%s.json scores karras/uniform as --process %s does", async (file, preset) => {
    const strategy = preset === "sd3" || preset === "flux" ? "uniform:shift=3" : "karras";
    const args = ["--spectrum", SPECTRUM, "--strategy", strategy, "--steps", "8"];
    const fromFile = await json(["kl", "--process", fixture(file), ...args]);
    const fromPreset = await json(["kl", "--process", preset, ...args]);
    expect(fromFile["kl"]).toBe(fromPreset["kl"]);
  });

  it("rank --process scheduler_config.json calls the config's own schedule the pipeline default", async () => {
    const rank = (await json(["rank", "--process", fixture("sdxl"), "--spectrum", SPECTRUM, "--steps", "8"])) as {
      rows: RankRow[];
    };
    expect(rank.rows.find((r) => r.pipelineDefault)?.strategy).toBe(
      "diffusers-euler:spacing=leading,offset=1,sigmas=default,final=zero",
    );
  });

  it.each([
    [
      ["kl", "--process", "flow:shift=3", "--spectrum", SPECTRUM, "--strategy", "uniform", "--steps", "4"],
      /--process "flow:shift=3": shift belongs to the strategy/,
    ],
    [
      ["kl", "--process", "sdxl", "--resolution", "1024", "--spectrum", SPECTRUM, "--strategy", "uniform", "--steps", "4"],
      /--resolution "1024": applies to presets with a dynamic shift/,
    ],
    [
      ["kl", "--process", "flux", "--resolution", "big", "--spectrum", SPECTRUM, "--strategy", "uniform", "--steps", "4"],
      /--resolution "big": expected a size in pixels/,
    ],
    [
      ["kl", "--process", "missing/scheduler_config.json", "--spectrum", SPECTRUM, "--strategy", "uniform", "--steps", "4"],
      /--process "missing\/scheduler_config\.json": cannot read the scheduler config \(ENOENT\)/,
    ],
  ])("%j is a usage error pointing the right way", async (argv, message) => {
    const run = await runCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("optimize refuses a distilled model's preset unless forced", () => {
  it("optimize --process sdxl-lightning exits 2 naming the training levels and --force", async () => {
    const run = await runCaptured(["optimize", "--process", "sdxl-lightning", "--spectrum", SPECTRUM, "--steps", "4"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /--process "sdxl-lightning": SDXL-Lightning \(ByteDance\) was distilled on fixed levels .*use them as they are .*--strategy diffusers-euler:spacing=trailing.* or pass --force/,
    );
  });

  it("optimize --force optimises it anyway and says so in its warnings", async () => {
    const result = await json(["optimize", "--process", "sdxl-lightning", "--spectrum", SPECTRUM, "--steps", "4", "--force"]);
    expect(result["warnings"]).toEqual(expect.arrayContaining([expect.stringMatching(/optimised anyway \(--force\)/)]));
  });
});
