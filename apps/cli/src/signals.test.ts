import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateSync } from "node:zlib";
import { parseNpy } from "@klsched/core-linalg";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

beforeAll(() => {
  if (!existsSync(bin)) execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
}, 120_000);

/** One PNG chunk with its CRC-32 (PNG spec §5.3). */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A size × size grey PNG of seeded noise. */
function noisePng(size: number, seed: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size + 1));
  let x = seed;
  for (let i = 0; i < raw.length; i++) {
    if (i % (size + 1) === 0) continue; // filter byte 0
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    raw[i] = x >>> 24;
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/**
 * Runs `klsched spectrum … --out big.npy` and sends `signal` as soon as its temporary file appears
 * beside the target (the write window: 16 MiB written in 1 MiB chunks). Resolves with the exit code and
 * whether the signal was sent while the temporary file existed.
 */
function interruptWrite(images: string, dir: string, signal: NodeJS.Signals): Promise<{ code: number | null; caught: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [bin, "spectrum", "--images", images, "--stationary", "--out", join(dir, "big.npy"), "--quiet"],
      {
        stdio: "ignore",
      },
    );
    let caught = false;
    const watcher = watch(dir, () => {
      if (caught || !readdirSync(dir).some((name) => name.endsWith(".tmp"))) return;
      caught = child.kill(signal);
    });
    child.on("exit", (code, killedBy) => {
      watcher.close();
      resolve({ code: code ?? (killedBy === null ? null : -1), caught });
    });
  });
}

describe("signals in the write window", () => {
  const base = mkdtempSync(join(tmpdir(), "klsched-signals-"));
  const images = join(base, "images");
  mkdirSync(images);
  for (let k = 0; k < 4; k++) writeFileSync(join(images, `${k}.png`), noisePng(1448, k + 1));

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s during spectrum --out big.npy exits %i and leaves neither a partial target nor a temporary file",
    async (signal, exit) => {
      // The signal lands in the window on almost every try; a try where the write finished first must
      // still leave a whole file and no temporary one.
      for (let attempt = 0; attempt < 4; attempt++) {
        const dir = mkdtempSync(join(base, "out-"));
        const { code, caught } = await interruptWrite(images, dir, signal);
        const left = readdirSync(dir);
        expect(left.filter((name) => name.endsWith(".tmp"))).toEqual([]);
        if (left.includes("big.npy")) {
          expect(parseNpy(new Uint8Array(readFileSync(join(dir, "big.npy")))).data.length).toBe(1448 * 1448);
        }
        if (caught && !left.includes("big.npy")) {
          expect(code).toBe(exit);
          return;
        }
      }
      throw new Error(`${signal} never landed inside the write window in 4 tries`);
    },
  );
});
