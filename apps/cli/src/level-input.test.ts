import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeNpy } from "@klsched/core-linalg";
import { parseProcess } from "@klsched/discretization";
import { beforeAll, describe, expect, it } from "vitest";
import { float32RangeEnds, readLevels } from "./level-input.js";
import { runCaptured } from "./run-captured.js";
import { UsageError } from "./usage-error.js";

const dir = mkdtempSync(join(tmpdir(), "klsched-levels-"));
const file = (name: string) => join(dir, name);

beforeAll(() => {
  writeFileSync(file("list.txt"), "14.6\n5\n1\n0.1\n");
  writeFileSync(file("comfy.txt"), "14.6, 5, 1, 0.1, 0\n");
  writeFileSync(file("list.json"), "[14.6, 5, 1, 0.1]");
  writeFileSync(file("list.npy"), encodeNpy([14.6, 5, 1, 0.1]));
  writeFileSync(file("list.csv"), "14.6\n5\n1\n0.1\n");
  writeFileSync(file("table.csv"), "t,sigmas,timesteps\n999,14.6,999\n500,5,500\n-1,0,-1\n");
  writeFileSync(file("schedule.json"), JSON.stringify({ sigmas: [null, 3, 1, 0], timesteps: [999, 500, 100, -1] }));
  writeFileSync(file("other.json"), JSON.stringify({ eigenvalues: [1, 2] }));
  writeFileSync(file("table-without.csv"), "t,alpha\n1,0\n0,1\n");
  writeFileSync(file("matrix.npy"), encodeNpy([1, 2, 3, 4]).fill(0x20, 10, 60));
  writeFileSync(file("malformed.json"), "{sigmas: [1, 2]");
  mkdirSync(file("directory.txt"));
});

describe("readLevels(raw, flag): every form the exporters print", () => {
  it.each([
    ["a bare list", "14.6,5,1,0.1"],
    ["a diffusers argument", "sigmas=[14.6, 5, 1, 0.1]"],
    ["a diffusers argument with a trailing comma", "sigmas=[14.6, 5, 1, 0.1],"],
    ["a ComfyUI string (comma and space)", "14.6, 5, 1, 0.1"],
    ["a space-separated string", "14.6 5 1 0.1"],
    ["a JSON array", "[14.6, 5, 1, 0.1]"],
    ["a Python list with a trailing comma", "[14.6, 5, 1, 0.1,]"],
    ["a .txt file, one per line", file("list.txt")],
    ["a .json file", file("list.json")],
    ["a .csv file without a header", file("list.csv")],
    ["a .npy file", file("list.npy")],
  ])("readLevels(%s, --sigmas) gives the four numbers", (_, raw) => {
    expect(readLevels(raw, "--sigmas")).toEqual([14.6, 5, 1, 0.1]);
  });

  it("a ComfyUI string from a file keeps its final 0 (scheduleFromSigmas takes it as the clean level)", () => {
    expect(readLevels(file("comfy.txt"), "--sigmas")).toEqual([14.6, 5, 1, 0.1, 0]);
  });

  it("a klsched schedule JSON gives its sigmas (null, where α = 0, is ∞) or its timesteps without the clean −1", () => {
    expect(readLevels(file("schedule.json"), "--sigmas")).toEqual([Number.POSITIVE_INFINITY, 3, 1, 0]);
    expect(readLevels(file("schedule.json"), "--timesteps")).toEqual([999, 500, 100]);
  });

  it("a klsched schedule CSV gives the named column, the clean −1 dropped from timesteps", () => {
    expect(readLevels(file("table.csv"), "--sigmas")).toEqual([14.6, 5, 0]);
    expect(readLevels(file("table.csv"), "--timesteps")).toEqual([999, 500]);
  });

  it("a diffusers timesteps argument keeps a −1 (there it is a timestep the tool visits, not the clean level)", () => {
    expect(readLevels("timesteps=[999, 500, -1]", "--timesteps")).toEqual([999, 500, -1]);
  });

  it("inline JSON is never taken for a path, whatever it contains", () => {
    expect(readLevels('{"sigmas": [2, 1], "note": "σ/α"}', "--sigmas")).toEqual([2, 1]);
  });
});

describe("float32RangeEnds(process, sigmas)", () => {
  it("takes float32(σ_max) of sd15, just above the float64 end, as σ_max; leaves levels further out alone", () => {
    const sd15 = parseProcess("sd15");
    const top = sd15.s(sd15.tStart);
    const bottom = sd15.s(sd15.tEnd);
    expect(Math.fround(top)).toBeGreaterThan(top);
    expect(float32RangeEnds(sd15, [Math.fround(top), 1, bottom * (1 - 2 ** -23)])).toEqual([top, 1, bottom]);
    expect(float32RangeEnds(sd15, [14.7, 1e-3])).toEqual([14.7, 1e-3]);
  });
});

/** [what is wrong, the flag, its value]: each must exit 2 with one line naming the flag and the value. */
const BAD: [string, "--sigmas" | "--timesteps", string][] = [
  ["an item that is not a number", "--sigmas", "80,x,1"],
  ["an empty item", "--sigmas", "80,,1"],
  ["nothing at all", "--sigmas", " "],
  ["an unclosed list", "--sigmas", "[80, 1"],
  ["the other flag's diffusers argument", "--sigmas", "timesteps=[999, 500]"],
  ["an argument of another name", "--timesteps", "steps=[999, 500]"],
  ["a JSON object without the array", "--sigmas", '{"t": [1, 0]}'],
  ["malformed inline JSON", "--sigmas", '{"sigmas": [1, 2}'],
  ["a JSON array with a string in it", "--sigmas", '{"sigmas": [1, "a"]}'],
  ["null where ∞ means nothing", "--timesteps", "[999, null]"],
  ["a missing file", "--sigmas", file("missing.json")],
  ["a directory", "--timesteps", file("directory.txt")],
  ["an unknown file type", "--sigmas", file("levels.dat")],
  ["a JSON file without sigmas", "--sigmas", file("other.json")],
  ["a malformed JSON file", "--sigmas", file("malformed.json")],
  ["a CSV table without the column", "--timesteps", file("table-without.csv")],
  ["a .npy file that is not one", "--sigmas", file("matrix.npy")],
];

describe("kl --sigmas/--timesteps in a form klsched cannot read", () => {
  it.each(BAD)("%s (%s): exit 2, one line naming the flag and the value", async (_, flag, value) => {
    const run = await runCaptured(["kl", "--process", "sd15", "--spectrum", "isotropic:d=3", flag, value]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^klsched: [^\n]+\n$/);
    expect(run.stderr).toContain(`${flag} ${JSON.stringify(value)}`);
  });

  it("readLevels throws a UsageError for the flag it reads", () => {
    expect(() => readLevels("1,x", "--timesteps")).toThrow(UsageError);
    expect(() => readLevels("1,x", "--timesteps")).toThrow('--timesteps "1,x": item 2 ("x") is not a number');
  });
});
