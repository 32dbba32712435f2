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
