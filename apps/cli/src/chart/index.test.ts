import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dir = new URL("./", import.meta.url);
const sources = readdirSync(dir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));

describe("@klsched/cli/chart", () => {
  it("is browser-safe: its sources import only one another (no node: module, no package)", () => {
    expect(sources).toContain("index.ts");
    for (const name of sources) {
      const text = readFileSync(new URL(name, dir), "utf8");
      const specifiers = Array.from(text.matchAll(/(?:import|export)[^"';]*?from\s+"([^"]+)"/g), (m) => m[1]);
      for (const specifier of specifiers) expect(specifier, `${name} imports ${specifier}`).toMatch(/^\.\/[\w-]+\.js$/);
      expect(text, name).not.toMatch(/import\(/);
    }
  });
});
