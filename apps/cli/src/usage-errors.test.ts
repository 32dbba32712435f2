import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeNpy } from "@klsched/core-linalg";
import { beforeAll, describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

const dir = mkdtempSync(join(tmpdir(), "klsched-usage-"));
const file = (name: string) => join(dir, name);

beforeAll(() => {
  writeFileSync(file("negative.json"), "[1, -2, 3]");
  writeFileSync(file("zero.csv"), "1\n0\n");
  writeFileSync(file("nan.npy"), encodeNpy([1, Number.NaN, 2]));
  writeFileSync(file("nan.csv"), "1\nnan\n");
  writeFileSync(file("malformed.json"), "{bad");
  writeFileSync(file("strings.json"), '["a", "b"]');
  writeFileSync(file("empty.json"), "[]");
  writeFileSync(file("garbage.npy"), "not a numpy file");
  mkdirSync(file("directory.json"));
});

/** A compare run that also asks for a plot, so that each case checks that no file appears (`undefined` drops a flag). */
function compareArgs(overrides: Record<string, string | undefined>): string[] {
  const flags = {
    "--process": "edm",
    "--spectrum": "isotropic:d=3",
    "--steps": "4,8",
    "--strategies": "uniform karras",
    "--plot": file("plot.svg"),
    ...overrides,
  };
  return ["compare", ...Object.entries(flags).flatMap(([flag, value]) => (value === undefined ? [] : [flag, value]))];
}

/** A kl run on `process` with an isotropic spectrum. */
const kl = (process: string, ...flags: string[]) => ["kl", "--process", process, "--spectrum", "isotropic:d=3", ...flags];

/** A schedule run of uniform on edm (a later --strategy overrides it). */
const schedule = (...flags: string[]) => ["schedule", "--process", "edm", "--strategy", "uniform", ...flags];

/** An optimize run on `process` with a small spectrum (a later flag overrides one here). */
const optimize = (process: string, ...flags: string[]) => [
  "optimize",
  "--process",
  process,
  "--spectrum",
  "isotropic:d=3",
  "--steps",
  "4",
  ...flags,
];

/** A rank run on `process` with a small spectrum. */
const rank = (process: string, ...flags: string[]) => [
  "rank",
  "--process",
  process,
  "--spectrum",
  "isotropic:d=3",
  "--steps",
  "4",
  ...flags,
];

/** A rank or optimize run on `process` with a small spectrum and no --steps. */
const withoutSteps = (command: string, process: string, ...flags: string[]) => [
  command,
  "--process",
  process,
  "--spectrum",
  "isotropic:d=3",
  ...flags,
];

/** An asymptotics run on edm with a small spectrum. */
const asymptotics = (...flags: string[]) => ["asymptotics", "--process", "edm", "--spectrum", "isotropic:d=3", ...flags];

/** [what is wrong, argv, the flag the message must name, the value it must quote]. */
const CASES: [string, string[], string, string][] = [
  ["a negative eigenvalue in a .json file", compareArgs({ "--spectrum": file("negative.json") }), "--spectrum", "negative.json"],
  ["a zero eigenvalue in a .csv file", compareArgs({ "--spectrum": file("zero.csv") }), "--spectrum", "zero.csv"],
  ["a NaN eigenvalue in a .npy file", compareArgs({ "--spectrum": file("nan.npy") }), "--spectrum", "nan.npy"],
  ["a NaN eigenvalue in a .csv file", compareArgs({ "--spectrum": file("nan.csv") }), "--spectrum", "nan.csv"],
  ["a negative lambda", compareArgs({ "--spectrum": "isotropic:d=3,lambda=-1" }), "--spectrum", "isotropic:d=3,lambda=-1"],
  ["d = 0", compareArgs({ "--spectrum": "isotropic:d=0" }), "--spectrum", "isotropic:d=0"],
  ["min > max", compareArgs({ "--spectrum": "geometric:d=4,min=2,max=1" }), "--spectrum", "geometric:d=4,min=2,max=1"],
  ["an unknown spectrum kind", compareArgs({ "--spectrum": "gaussian:d=3" }), "--spectrum", "gaussian:d=3"],
  ["an unknown spectrum key", compareArgs({ "--spectrum": "isotropic:d=3,mu=1" }), "--spectrum", "isotropic:d=3,mu=1"],
  ["a missing file", compareArgs({ "--spectrum": file("missing.json") }), "--spectrum", "missing.json"],
  ["a directory named like a file", compareArgs({ "--spectrum": file("directory.json") }), "--spectrum", "directory.json"],
  ["an unknown file type", compareArgs({ "--spectrum": file("eigen.dat") }), "--spectrum", "eigen.dat"],
  ["malformed JSON", compareArgs({ "--spectrum": file("malformed.json") }), "--spectrum", "malformed.json"],
  ["JSON that is not numbers", compareArgs({ "--spectrum": file("strings.json") }), "--spectrum", "strings.json"],
  ["an empty spectrum", compareArgs({ "--spectrum": file("empty.json") }), "--spectrum", "empty.json"],
  ["a file that is not .npy", compareArgs({ "--spectrum": file("garbage.npy") }), "--spectrum", "garbage.npy"],
  ["an unknown process kind", compareArgs({ "--process": "vx" }), "--process", "vx"],
  ["an unknown process key", compareArgs({ "--process": "ve:smax=80,sigma=1" }), "--process", "ve:smax=80,sigma=1"],
  ["smin = smax", compareArgs({ "--process": "ve:smin=1,smax=1" }), "--process", "ve:smin=1,smax=1"],
  ["smin > smax", compareArgs({ "--process": "ve:smin=5,smax=1" }), "--process", "ve:smin=5,smax=1"],
  ["N = 0 in a list", compareArgs({ "--steps": "4,0" }), "--steps", "4,0"],
  ["N negative", compareArgs({ "--steps": "-3" }), "--steps", "-3"],
  ["N fractional", compareArgs({ "--steps": "2.5" }), "--steps", "2.5"],
  ["N not a number", compareArgs({ "--steps": "NaN" }), "--steps", "NaN"],
  ["N listed twice", compareArgs({ "--steps": "4,4" }), "--steps", "4,4"],
  ["an unknown strategy kind", compareArgs({ "--strategies": "uniform kerras" }), "--strategies", "kerras"],
  ["an unknown strategy key", compareArgs({ "--strategies": "karras:sigma=2" }), "--strategies", "karras:sigma=2"],
  ["a strategy the process cannot take", compareArgs({ "--process": "flow" }), "--strategies", "karras"],
  ["a strategy listed twice", compareArgs({ "--strategies": "uniform uniform" }), "--strategies", "uniform"],
  ["no strategy at all", compareArgs({ "--strategies": " " }), "--strategies", " "],
  ["an unknown sampler", compareArgs({ "--sampler": "heun3" }), "--sampler", "heun3"],
  ["η above 1", compareArgs({ "--sampler": "ddim:eta=2" }), "--sampler", "ddim:eta=2"],
  ["η above 1 in --samplers", compareArgs({ "--samplers": "heun ddim:eta=2" }), "--samplers", "ddim:eta=2"],
  ["an unknown sampler in --samplers", compareArgs({ "--samplers": "ddim heun3" }), "--samplers", "heun3"],
  ["a sampler listed twice", compareArgs({ "--samplers": "ddim heun ddim" }), "--samplers", "ddim"],
  ["one sampler under two names", compareArgs({ "--samplers": "ddim ddim:eta=0" }), "--samplers", "ddim:eta=0"],
  ["an empty --samplers", compareArgs({ "--samplers": " " }), "--samplers", " "],
  ["--sampler with --samplers", compareArgs({ "--sampler": "ddim", "--samplers": "heun" }), "--samplers", "heun"],
  ["an NFE budget of 0", compareArgs({ "--steps": undefined, "--nfe": "0" }), "--nfe", "0"],
  ["an NFE budget listed twice", compareArgs({ "--steps": undefined, "--nfe": "8,8" }), "--nfe", "8,8"],
  ["--steps together with --nfe", compareArgs({ "--nfe": "8" }), "--nfe", "8"],
  ["neither --steps nor --nfe", compareArgs({ "--steps": undefined }), "--steps", ""],
  ["rank: an NFE budget of 0", withoutSteps("rank", "edm", "--nfe", "0"), "--nfe", "0"],
  ["rank: --steps together with --nfe", rank("edm", "--steps", "4", "--nfe", "8"), "--nfe", "8"],
  ["rank: a list of budgets", withoutSteps("rank", "edm", "--nfe", "4,8"), "--nfe", "4,8"],
  ["rank: neither --steps nor --nfe", withoutSteps("rank", "edm"), "--steps", ""],
  ["optimize: --steps together with --nfe", optimize("edm", "--nfe", "8"), "--nfe", "8"],
  [
    "optimize: a budget above a discrete model's timestep count",
    withoutSteps("optimize", "sd15", "--nfe", "1001"),
    "--nfe",
    "1001",
  ],
  ["optimize: an NFE budget of 0", withoutSteps("optimize", "edm", "--nfe", "0", "--sampler", "heun"), "--nfe", "0"],
  ["asymptotics: a sampler other than ddim", asymptotics("--strategy", "karras", "--sampler", "heun"), "--sampler", "heun"],
  ["an unknown prior", compareArgs({ "--prior": "uniform" }), "--prior", "uniform"],
  ["an unknown plot extension", compareArgs({ "--plot": file("plot.pdf") }), "--plot", "plot.pdf"],
  ["a plot in a missing directory", compareArgs({ "--plot": file("nowhere/plot.svg") }), "--plot", "nowhere/plot.svg"],
  ["--round on a continuous process", [...compareArgs({}), "--round"], "--round", ""],
  ["N = 0", kl("edm", "--strategy", "uniform", "--steps", "0"), "--steps", "0"],
  ["a list where one N is expected", schedule("--steps", "4,8"), "--steps", "4,8"],
  ["--sigmas that increase", kl("edm", "--sigmas", "80,1,10"), "--sigmas", "80,1,10"],
  ["--sigmas that repeat", kl("edm", "--sigmas", "80,1,1"), "--sigmas", "80,1,1"],
  ["--sigmas with a negative level", kl("edm", "--sigmas", "1,-1"), "--sigmas", "1,-1"],
  ["--sigmas that are not numbers", kl("edm", "--sigmas", "80,x"), "--sigmas", "80,x"],
  ["--sigmas out of a model's range", kl("sd15", "--sigmas", "1000"), "--sigmas", "1000"],
  ["--timesteps that increase", kl("ddpm", "--timesteps", "10,20"), "--timesteps", "10,20"],
  ["--timesteps on a continuous process", kl("vp", "--timesteps", "9"), "--timesteps", "9"],
  ["two schedule sources", kl("edm", "--strategy", "uniform", "--steps", "2", "--sigmas", "1"), "--sigmas", "1"],
  ["no schedule source", kl("edm"), "--strategy", ""],
  ["--strategy without --steps", kl("edm", "--strategy", "uniform"), "--strategy", "uniform"],
  ["--no-clean with one step", kl("edm", "--strategy", "uniform", "--steps", "1", "--no-clean"), "--no-clean", ""],
  [
    "shift on a process other than flow",
    schedule("--steps", "2", "--strategy", "uniform:shift=3"),
    "--strategy",
    "uniform:shift=3",
  ],
  ["an unknown format", schedule("--steps", "2", "--format", "yaml"), "--format", "yaml"],
  ["--json with another --format", schedule("--steps", "2", "--json", "--format", "csv"), "--format", "csv"],
  ["an unknown option", schedule("--steps", "2", "--stepz", "2"), "--stepz", ""],
  ["a missing required option", schedule(), "--steps", ""],
  ["no command at all", [], "missing command", ""],
  ["optimize: N above a discrete model's timestep count", optimize("sd15", "--steps", "1001"), "--steps", "1001"],
  ["rank: N above a discrete model's timestep count", rank("sd15", "--steps", "1001"), "--steps", "1001"],
  ["optimize: an empty spectrum", optimize("edm", "--spectrum", file("empty.json")), "--spectrum", "empty.json"],
  ["rank: an empty spectrum", rank("edm", "--spectrum", file("empty.json")), "--spectrum", "empty.json"],
  [
    "optimize: a singular covariance (a zero eigenvalue)",
    optimize("edm", "--spectrum", file("zero.csv")),
    "--spectrum",
    "zero.csv",
  ],
  ["rank: a NaN eigenvalue", rank("vp", "--spectrum", file("nan.npy")), "--spectrum", "nan.npy"],
  [
    "optimize: a spectrum too small for the optimiser",
    optimize("edm", "--spectrum", "isotropic:d=3,lambda=1e-300"),
    "--spectrum",
    "isotropic:d=3,lambda=1e-300",
  ],
  [
    "optimize --method tangent: a spectrum too large for the fit",
    optimize("edm", "--spectrum", "isotropic:d=3,lambda=1e300", "--method", "tangent"),
    "--spectrum",
    "isotropic:d=3,lambda=1e300",
  ],
  [
    "rank: a degenerate spectrum",
    rank("flow", "--spectrum", "isotropic:d=3,lambda=1e-300"),
    "--spectrum",
    "isotropic:d=3,lambda=1e-300",
  ],
  ["optimize: an unknown --method", optimize("edm", "--method", "fastest"), "--method", "fastest"],
  ["optimize: a standard strategy as --method", optimize("edm", "--method", "karras"), "--method", "karras"],
  ["optimize: a fixed tangent as --method", optimize("edm", "--method", "tangent:c=1"), "--method", "tangent:c=1"],
  ["optimize: an unknown method key", optimize("edm", "--method", "optimal:iterations=9"), "--method", "optimal:iterations=9"],
  ["optimize --round on a continuous process", optimize("vp", "--round"), "--round", ""],
  ["rank --round on a continuous process", rank("flow", "--round"), "--round", ""],
  ["optimize: --json with another --format", optimize("edm", "--json", "--format", "csv"), "--format", "csv"],
  ["asymptotics: an optimised strategy", asymptotics("--strategy", "optimal"), "--strategy", "optimal"],
  ["asymptotics: a fitted tangent", asymptotics("--strategy", "tangent"), "--strategy", "tangent"],
  ["asymptotics: an unknown strategy", asymptotics("--strategy", "kerras"), "--strategy", "kerras"],
  [
    "asymptotics: a strategy the process cannot take",
    [...asymptotics("--strategy", "karras"), "--process", "flow"],
    "--strategy",
    "karras",
  ],
  [
    "schedule: an optimised strategy without --spectrum",
    schedule("--steps", "4", "--strategy", "optimal"),
    "--strategy",
    "optimal",
  ],
  [
    "kl: an optimised strategy with --round on edm",
    kl("edm", "--strategy", "geodesic", "--steps", "4", "--round"),
    "--round",
    "",
  ],
];

describe("usage errors", () => {
  it.each(CASES)("%s: exit 2, one line naming the flag and value, nothing on stdout, no file", async (_, argv, flag, value) => {
    const run = await runCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^klsched: [^\n]+\n$/);
    expect(run.stderr).toContain(flag);
    expect(run.stderr).toContain(value);
    expect(readdirSync(dir).sort()).toEqual(
      [
        "directory.json",
        "empty.json",
        "garbage.npy",
        "malformed.json",
        "nan.csv",
        "nan.npy",
        "negative.json",
        "strings.json",
        "zero.csv",
      ].sort(),
    );
  });

  it("schedule --strategy optimal without --spectrum names --strategy and says it needs --spectrum", async () => {
    const run = await runCaptured(schedule("--steps", "4", "--strategy", "optimal"));
    expect(run.stderr).toBe('klsched: --strategy "optimal": optimal is optimised for a spectrum and needs --spectrum\n');
  });

  it("a valid compare with the same --plot writes the file (so the cases above fail for their own reason)", async () => {
    const out = mkdtempSync(join(tmpdir(), "klsched-usage-ok-"));
    const run = await runCaptured(compareArgs({ "--plot": join(out, "plot.svg") }));
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(["plot.svg"]);
  });

  it("--help and --version exit 0 and print to stdout", async () => {
    for (const argv of [["--help"], ["--version"], ["kl", "--help"]]) {
      const run = await runCaptured(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toBe("");
      expect(run.stderr).toBe("");
    }
  });
});
