import { isotropicSpectrum } from "@klsched/core-linalg";
import { parseProcess, type ToolSchedule } from "@klsched/discretization";
import { parseReproducedStrategy, reproducedSchedule } from "@klsched/discretization/reproduced";
import { scheduleKL } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { jsonNumbers } from "./numbers.js";
import { runCaptured } from "./run-captured.js";

const SPECTRUM = "isotropic:d=3,lambda=0.5";
const spectrum = isotropicSpectrum(3, 0.5);

/** The library's own reproduction of a strategy: what every command must agree with. */
function tool(process: string, strategy: string, steps: number): ToolSchedule {
  const spec = parseReproducedStrategy(strategy);
  return reproducedSchedule(parseProcess(process), spec.strategy, steps, spec.options);
}

/** The warning lines the CLI prints on stderr for `notes`. */
const warningLines = (notes: readonly string[]) => notes.map((note) => `klsched: warning: ${note}\n`).join("");

/** [family, process, strategy, N]: a few of each family, on processes they apply to. */
const CASES: [string, string, string, number][] = [
  ["diffusers DDIM", "sd15", "diffusers-ddim:spacing=trailing", 10],
  ["diffusers DDIM on zero terminal SNR", "sd15:zsnr=zero", "diffusers-ddim:spacing=trailing", 10],
  ["diffusers Euler with Karras sigmas", "sd15", "diffusers-euler:spacing=linspace,sigmas=karras", 10],
  ["diffusers DPM-Solver with Lu's λ", "ddpm", "diffusers-dpm:spacing=trailing,sigmas=lu", 10],
  ["diffusers flow matching (Flux)", "flow", "diffusers-flow:pipeline=flux,seqlen=4096", 10],
  ["diffusers flow matching (SD3), img2img", "flow", "diffusers-flow:pipeline=sd3,shift=3,denoise=0.6", 10],
  ["diffusers/A1111 beta", "edm", "beta:a=0.6,b=0.6", 8],
  ["k-diffusion polyexponential", "vp", "polyexponential:rho=1", 8],
  ["k-diffusion vp", "vp", "kdiffusion-vp", 8],
  ["ComfyUI sgm_uniform", "sd15", "comfy:name=sgm_uniform", 10],
  ["ComfyUI normal on its own beta naming", "comfy", "comfy:name=normal", 10],
  ["ComfyUI simple on flow", "flow", "comfy:name=simple,shift=3", 10],
  ["ComfyUI Laplace", "sd15", "laplace:beta=0.6", 10],
  ["AYS SDXL (ComfyUI end)", "sd15", "ays:model=sdxl,front=comfyui", 10],
  ["AYS SD1.5 (A1111 end)", "sd15", "ays:model=sd1,front=a1111", 10],
  ["AYS SVD", "ve:smin=0.002,smax=700", "ays:model=svd", 10],
  ["GITS", "sd15", "gits:coeff=1.2", 10],
  ["DDIM paper quad", "ddpm", "ddim-paper:skip=quad", 10],
  ["custom timesteps", "sd15", "timesteps:999,600,300,100", 4],
  ["custom sigmas", "edm", "sigmas:80,10,1,0.1", 4],
];

describe("reproduced strategies in schedule, kl and compare", () => {
  it.each(CASES)("%s: schedule --json gives the library's levels and the tool's own arrays", async (_, process, strategy, n) => {
    const expected = tool(process, strategy, n);
    const run = await runCaptured(["schedule", "--process", process, "--strategy", strategy, "--steps", String(n), "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(warningLines(expected.notes));
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json["t"]).toEqual(Array.from(expected.schedule.t));
    expect(json["toolSigmas"]).toEqual(jsonNumbers(expected.sigmas));
    expect(json["toolTimesteps"]).toEqual(expected.timesteps === undefined ? undefined : jsonNumbers(expected.timesteps));
    expect(json["warnings"]).toEqual(expected.notes);
  });

  it.each(CASES)(
    "%s: kl --json equals scheduleKL on the library's schedule, notes as warnings",
    async (_, process, strategy, n) => {
      const expected = tool(process, strategy, n);
      const argv = ["kl", "--process", process, "--spectrum", SPECTRUM, "--strategy", strategy, "--steps", String(n), "--json"];
      const run = await runCaptured(argv);
      expect(run.code, run.stderr).toBe(0);
      const json = JSON.parse(run.stdout) as Record<string, unknown>;
      const kl = scheduleKL({ spectrum, schedule: expected.schedule });
      expect(json).toMatchObject({ kl: kl.kl, klReverse: kl.klReverse, strategy, visited: false });
      expect(json["warnings"]).toEqual(expect.arrayContaining([...expected.notes]));
      expect(run.stderr).toContain(warningLines(expected.notes));
    },
  );

  it("compare --strategies takes reproduced strategies next to klsched's own, each row as kl gives it", async () => {
    const strategies = ["karras", "diffusers-ddim:spacing=trailing", "comfy:name=sgm_uniform", "ays:model=sdxl", "gits"];
    const argv = [
      "compare",
      "--process",
      "sd15",
      "--spectrum",
      SPECTRUM,
      "--steps",
      "10,20",
      "--strategies",
      strategies.join(" "),
    ];
    const run = await runCaptured([...argv, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { rows: { strategy: string; steps: number; kl: number }[]; warnings: string[] };
    expect(json.rows.map((row) => `${row.strategy} ${row.steps}`)).toEqual(strategies.flatMap((s) => [`${s} 10`, `${s} 20`]));
    const row = json.rows.find((r) => r.strategy === "gits" && r.steps === 20);
    expect(row?.kl).toBe(scheduleKL({ spectrum, schedule: tool("sd15", "gits", 20).schedule }).kl);
    const notes = tool("sd15", "comfy:name=sgm_uniform", 10).notes.map((note) => `comfy:name=sgm_uniform at N=10: ${note}`);
    expect(json.warnings).toEqual(expect.arrayContaining(notes));
    for (const warning of json.warnings) expect(run.stderr).toContain(`klsched: warning: ${warning}\n`);
  });

  it("kl prints a strategy's notes on stderr only: the table on stdout has no warning in it", async () => {
    const argv = ["kl", "--process", "sd15", "--spectrum", SPECTRUM, "--strategy", "laplace", "--steps", "6"];
    const run = await runCaptured(argv);
    const { notes } = tool("sd15", "laplace", 6);
    expect(run.code).toBe(0);
    expect(notes.length).toBeGreaterThan(0);
    expect(run.stderr).toBe(warningLines(notes));
    expect(run.stdout).not.toMatch(/warning|appends no 0/);
    expect(run.stdout.split("\n")[0]?.split(/\s+/)).toEqual(["quantity", "value"]);
  });
});

/** [what is refused, command, process, strategy, N, the flag the message must name]. */
const REFUSALS: [string, string, string, number, string][] = [
  ["an SD1.5 table on a VE process", "edm", "ays:model=sd1", 10, "--strategy"],
  ["an SVD table on VP", "vp", "ays:model=svd", 10, "--strategy"],
  ["a diffusers discrete scheduler on VE", "edm", "diffusers-ddim", 10, "--strategy"],
  ["flow matching on a discrete model", "sd15", "diffusers-flow", 10, "--strategy"],
  ["Laplace where σ/α is infinite", "flow", "laplace", 10, "--strategy"],
  ["denoise on a strategy whose tool has none", "sd15", "beta:denoise=0.5", 10, "--strategy"],
  ["a shift off flow", "sd15", "comfy:name=normal,shift=3", 10, "--strategy"],
  ["an unknown spacing", "sd15", "diffusers-ddim:spacing=uniform", 10, "--strategy"],
  ["custom timesteps on VE", "edm", "timesteps:9,5", 2, "--strategy"],
  ["kl_optimal at N = 1 (ComfyUI divides by zero)", "sd15", "comfy:name=kl_optimal", 1, "--steps"],
  ["GITS at N = 1", "sd15", "gits", 1, "--steps"],
  ["DDIM with more steps than training timesteps", "sd15", "diffusers-ddim", 1001, "--steps"],
  ["a custom list of another length than N", "edm", "sigmas:80,10,1", 2, "--steps"],
];

describe("reproduced strategies a process cannot take", () => {
  it.each(REFUSALS)("kl refuses %s: exit 2, one line naming the flag", async (_, process, strategy, n, flag) => {
    const run = await runCaptured([
      "kl",
      "--process",
      process,
      "--spectrum",
      SPECTRUM,
      "--strategy",
      strategy,
      "--steps",
      String(n),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^klsched: [^\n]+\n$/);
    expect(run.stderr).toContain(flag === "--strategy" ? `--strategy ${JSON.stringify(strategy)}` : `--steps "${n}"`);
  });

  it.each(REFUSALS)("compare refuses %s in --strategies, naming it", async (_, process, strategy, n, flag) => {
    const argv = ["compare", "--process", process, "--spectrum", SPECTRUM, "--steps", String(n), "--strategies", strategy];
    const run = await runCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^klsched: [^\n]+\n$/);
    expect(run.stderr).toContain(flag === "--strategy" ? `--strategies ${JSON.stringify(strategy)}` : `--steps "${n}"`);
  });

  it("--round on a reproduced strategy is refused naming --round: the tool decides its own timesteps", async () => {
    const run = await runCaptured(["schedule", "--process", "sd15", "--strategy", "diffusers-ddim", "--steps", "4", "--round"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^klsched: --round: [^\n]+\n$/);
  });
});

describe("schedule --format for reproduced strategies: the tool's own arrays", () => {
  const exported = async (process: string, strategy: string, n: number, format: string) => {
    const run = await runCaptured([
      "schedule",
      "--process",
      process,
      "--strategy",
      strategy,
      "--steps",
      String(n),
      "--format",
      format,
    ]);
    expect(run.code, run.stderr).toBe(0);
    return run.stdout;
  };

  it("diffusers-ddim with SD1.5's steps_offset=1 exports the timesteps DDIMScheduler uses: 901, 801, …, 1", async () => {
    const out = await exported("sd15", "diffusers-ddim:spacing=leading,offset=1", 10, "diffusers");
    expect(out).toBe("timesteps=[901, 801, 701, 601, 501, 401, 301, 201, 101, 1]\n");
  });

  it("diffusers-dpm with Karras sigmas exports the integer timesteps DPM-Solver feeds the model", async () => {
    const { timesteps } = tool("sd15", "diffusers-dpm:sigmas=karras", 10);
    const out = await exported("sd15", "diffusers-dpm:sigmas=karras", 10, "diffusers");
    expect(out).toBe(`timesteps=[${Array.from(timesteps ?? []).join(", ")}]\n`);
  });

  it("diffusers-euler with Karras sigmas (fractional timesteps) exports its float32 sigmas, final 0 included", async () => {
    const { sigmas } = tool("sd15", "diffusers-euler:sigmas=karras", 10);
    expect(await exported("sd15", "diffusers-euler:sigmas=karras", 10, "diffusers")).toBe(
      `sigmas=[${Array.from(sigmas).join(", ")}]\n`,
    );
    expect(Math.fround(sigmas[0] as number)).toBe(sigmas[0]);
  });

  it("final=sigma_min keeps Euler's end: the exported sigmas end at σ_min, not 0", async () => {
    const out = await exported("sd15", "diffusers-euler:sigmas=karras,final=sigma_min", 5, "comfyui");
    const values = out.trimEnd().split(", ").map(Number);
    expect(values).toHaveLength(6);
    expect(values.at(-1)).toBe(values.at(-2));
    expect(values.at(-1)).toBeGreaterThan(0);
  });

  it("ComfyUI's AYS exports the sigmas ComfyUI uses, the last interpolated level replaced by 0", async () => {
    const { sigmas } = tool("sd15", "ays:model=sd1,front=comfyui", 10);
    expect(await exported("sd15", "ays:model=sd1,front=comfyui", 10, "comfyui")).toBe(`${Array.from(sigmas).join(", ")}\n`);
    expect(sigmas.at(-1)).toBe(0);
    expect(await exported("sd15", "ays:model=sd1,front=comfyui", 10, "diffusers")).toBe(
      `sigmas=[${Array.from(sigmas).join(", ")}]\n`,
    );
  });

  it("ComfyUI's Laplace exports its sigmas ending at σ_min with no 0, as the node returns them", async () => {
    const out = await exported("sd15", "laplace", 6, "comfyui");
    const values = out.trimEnd().split(", ").map(Number);
    expect(values).toHaveLength(6);
    expect(values.at(-1)).toBeGreaterThan(0);
  });

  it("diffusers-flow exports FlowMatchEuler's sigmas without the 0 it appends; comfyui keeps the 0", async () => {
    const { sigmas } = tool("flow", "diffusers-flow:pipeline=sd3,shift=3", 6);
    const noisy = Array.from(sigmas.subarray(0, -1));
    expect(await exported("flow", "diffusers-flow:pipeline=sd3,shift=3", 6, "diffusers")).toBe(`sigmas=[${noisy.join(", ")}]\n`);
    expect(await exported("flow", "diffusers-flow:pipeline=sd3,shift=3", 6, "comfyui")).toBe(`${[...noisy, 0].join(", ")}\n`);
  });

  it("ComfyUI on flow exports sigmas (flow σ), never timesteps, even though its timesteps are integers", async () => {
    const out = await exported("flow", "comfy:name=simple,shift=3", 4, "diffusers");
    expect(out).toBe("sigmas=[1, 0.8999999761581421, 0.75, 0.5]\n");
  });

  it("schedule --json of a klsched strategy has no tool fields (the contract's fields only)", async () => {
    const run = await runCaptured(["schedule", "--process", "sd15", "--strategy", "karras", "--steps", "4", "--json"]);
    expect(Object.keys(JSON.parse(run.stdout) as object)).toEqual([
      "process",
      "strategy",
      "steps",
      "t",
      "alpha",
      "sigma",
      "sigmas",
      "timesteps",
    ]);
  });
});
