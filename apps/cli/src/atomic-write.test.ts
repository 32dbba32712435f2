import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "./atomic-write.js";

describe("writeFileAtomic", () => {
  it("writeFileAtomic(path, data) leaves exactly `path` with `data`, replacing an older file", () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-atomic-"));
    const path = join(dir, "out.txt");
    writeFileSync(path, "old");
    writeFileAtomic(path, "new");
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["out.txt"]);
  });

  it("writeFileAtomic onto a directory throws and leaves no temporary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-atomic-"));
    const path = join(dir, "out.txt");
    mkdirSync(path);
    expect(() => writeFileAtomic(path, "data")).toThrow();
    expect(readdirSync(dir)).toEqual(["out.txt"]);
  });

  it("writeFileAtomic into a missing directory throws and creates nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "klsched-atomic-"));
    expect(() => writeFileAtomic(join(dir, "missing", "out.txt"), "data")).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("temporary files left by a killed process (SIGKILL cannot be caught)", () => {
  it("writeFileAtomic removes a stale .NAME.PID.HEX.tmp of a dead process and keeps one of a live process", async () => {
    const { writeFileAtomicAsync } = await import("./atomic-write.js");
    const dir = mkdtempSync(join(tmpdir(), "klsched-atomic-"));
    const dead = ".out.txt.2147483646.deadbeef.tmp";
    const live = `.out.txt.${process.pid}.0badf00d.tmp`;
    writeFileSync(join(dir, dead), "partial");
    writeFileSync(join(dir, live), "in progress");
    await writeFileAtomicAsync(join(dir, "out.txt"), "whole");
    expect(readdirSync(dir).sort()).toEqual([live, "out.txt"].sort());
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toBe("whole");
  });
});
