import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./run-captured.js";

const dir = mkdtempSync(join(tmpdir(), "klsched-contract-"));
const file = (name: string) => join(dir, name);
const ONE = "isotropic:d=1,lambda=1";

/** One run's exit code, and its stderr when it is one `klsched: …` line (else the whole of it). */
async function run(...argv: string[]) {
  const result = await runCaptured(argv);
  return { ...result, line: result.stderr.replace(/^klsched: /, "").replace(/\n$/, "") };
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A grey PNG declaring width × height whose IDAT holds `rows` rows of zeros. */
function png(width: number, height: number, rows: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const idat = deflateSync(Buffer.alloc(rows * (width + 1)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

describe("the issue's reproductions give a finite answer or a one-line typed error (issue 14)", () => {
  it.each(["euler", "dpmpp-2m", "ddim", "ddpm"])(
    "kl --process sd15:zsnr=zero … --sampler %s is finite, exit 0",
    async (sampler) => {
      const r = await run(
        "kl",
        "--process",
        "sd15:zsnr=zero",
        "--spectrum",
        ONE,
        "--strategy",
        "uniform",
        "--steps",
        "10",
        "--sampler",
        sampler,
        "--json",
      );
      expect(r.code).toBe(0);
      expect(Number.isFinite(JSON.parse(r.stdout).kl)).toBe(true);
    },
  );

  it("kl --process sd15:zsnr=zero … --sampler heun is a usage error naming --sampler (its step from α = 0 diverges)", async () => {
    const r = await run(
      "kl",
      "--process",
      "sd15:zsnr=zero",
      "--spectrum",
      ONE,
      "--strategy",
      "uniform",
      "--steps",
      "10",
      "--sampler",
      "heun",
    );
    expect(r.code).toBe(2);
    expect(r.line).toMatch(/^--sampler "heun": a Heun step from α = 0/);
    expect(r.line).not.toContain("\n");
  });

  it.each(["dpmpp-2m", "euler-ancestral"])(
    "kl --process edm --strategy polynomial:p=100 --steps 200 --sampler %s is finite",
    async (sampler) => {
      const r = await run(
        "kl",
        "--process",
        "edm",
        "--spectrum",
        ONE,
        "--strategy",
        "polynomial:p=100",
        "--steps",
        "200",
        "--sampler",
        sampler,
        "--json",
      );
      expect(r.code).toBe(0);
      expect(Number.isFinite(JSON.parse(r.stdout).kl)).toBe(true);
    },
  );

  it.each([
    [["kl", "--process", "flow", "--spectrum", ONE, "--strategy", "uniform:shift=1e-300", "--steps", "10"], "--strategy"],
    [["kl", "--process", "ve", "--spectrum", ONE, "--sigmas", "1e200,1"], "--sigmas"],
    [["schedule", "--process", "flow", "--strategy", "sigmas:7.13,4.77", "--steps", "2"], "--strategy"],
    [["schedule", "--process", "flow", "--strategy", "timesteps:5000,2000", "--steps", "2"], "--strategy"],
    [["kl", "--process", "ddpm:T=10", "--spectrum", ONE, "--strategy", "ddim-paper", "--steps", "20"], "--steps"],
    [["kl", "--process", "edm", "--spectrum", ONE, "--strategy", "karras", "--steps", "1000000000"], "--steps"],
    [
      ["kl", "--process", "edm", "--spectrum", "isotropic:d=1000000000000,lambda=1", "--strategy", "karras", "--steps", "4"],
      "--spectrum",
    ],
  ])("klsched %j exits 2 with one line naming %s", async (argv, flag) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.line.startsWith(flag)).toBe(true);
    expect(r.line).not.toMatch(/\n|RangeError|Invalid array length/);
  });

  it("schedule --process flow --strategy uniform:shift=0.1 starts at t = 1 with α = 0, never α < 0", async () => {
    const r = await run("schedule", "--process", "flow", "--strategy", "uniform:shift=0.1", "--steps", "10", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { t: number[]; alpha: number[] };
    expect(Math.max(...json.t)).toBe(1);
    expect(Math.min(...json.alpha)).toBeGreaterThanOrEqual(0);
  });
});

describe("hostile files and paths", () => {
  it("a --spectrum file linked to /dev/zero and a FIFO are refused at once, exit 2", async () => {
    symlinkSync("/dev/zero", file("zero.npy"));
    execFileSync("mkfifo", [file("pipe.csv")]);
    for (const [path, what] of [
      [file("zero.npy"), "a device"],
      [file("pipe.csv"), "a FIFO"],
    ] as const) {
      const r = await run("kl", "--process", "edm", "--spectrum", path, "--strategy", "karras", "--steps", "4");
      expect(r.code).toBe(2);
      expect(r.line).toBe(`--spectrum ${JSON.stringify(path)}: not a regular file (it is ${what})`);
    }
  });

  it("--sigmas from a FIFO is refused at once, exit 2", async () => {
    execFileSync("mkfifo", [file("levels.txt")]);
    const r = await run("kl", "--process", "edm", "--spectrum", ONE, "--sigmas", file("levels.txt"));
    expect(r.code).toBe(2);
    expect(r.line).toContain("not a regular file (it is a FIFO)");
  });

  it("spectrum --images with a PNG declaring 30000×30000 exits 2 naming the file and --max-pixels", async () => {
    const images = file("bomb");
    mkdirSync(images);
    writeFileSync(join(images, "bomb.png"), png(30000, 30000, 2));
    const r = await run("spectrum", "--images", images);
    expect(r.code).toBe(2);
    expect(r.line).toMatch(/^--images ".*bomb": exceeds the limit 16777216 \(bomb\.png declares 30000×30000 = 900000000 pixels/);
    const raised = await run("spectrum", "--images", images, "--max-pixels", "1000");
    expect(raised.line).toMatch(/exceeds the limit 1000/);
  });

  it("spectrum --images with a PNG whose IDAT is cut short exits 2 naming the file, in klsched's words", async () => {
    const images = file("short");
    mkdirSync(images);
    writeFileSync(join(images, "a.png"), png(8, 8, 8));
    writeFileSync(join(images, "b.png"), png(8, 8, 3));
    const r = await run("spectrum", "--images", images, "--quiet");
    expect(r.code).toBe(2);
    expect(r.line).toMatch(/^--images ".*short": "b\.png": cannot decode b\.png: the image data decompress to 27 bytes/);
  });

  it("spectrum --out naming a folder exits 2 before reading anything, naming --out and the path", async () => {
    mkdirSync(file("taken.npy"));
    const r = await run("spectrum", "--dataset", "mnist", "--out", file("taken.npy"));
    expect(r.code).toBe(2);
    expect(r.line).toBe(`--out ${JSON.stringify(file("taken.npy"))}: is a folder; give a file name ending in .npy or .json`);
    expect(readdirSync(file("taken.npy"))).toEqual([]);
  });
});

describe("messages", () => {
  it("a 5 MB --spectrum value is quoted by its start and its length, in one short line", async () => {
    const huge = `[${"1,".repeat(2_500_000)}1]`;
    const r = await run("kl", "--process", "edm", "--spectrum", huge, "--strategy", "karras", "--steps", "4");
    expect(r.code).toBe(2);
    expect(r.line.length).toBeLessThan(1100);
    expect(r.line).toContain(`(${huge.length} characters)`);
  });

  it("control characters in a file name are escaped, never sent to the terminal raw", async () => {
    const name = file("red\u001b[31m.csv");
    writeFileSync(name, "1\nabc\n");
    const r = await run("kl", "--process", "edm", "--spectrum", name, "--strategy", "karras", "--steps", "4");
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("\u001b");
    expect(r.line).toMatch(/\\u001b\[31m|\\x1b\[31m/);
  });
});
