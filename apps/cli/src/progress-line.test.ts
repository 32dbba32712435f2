import { describe, expect, it } from "vitest";
import { captureIo } from "./cli-io.js";
import { progressLine, progressText } from "./progress-line.js";
import { runCli } from "./run-cli.js";

/** A captured io that claims stderr is a terminal. */
function terminalIo() {
  const captured = captureIo();
  return { ...captured, io: { ...captured.io, stderrIsTTY: true } };
}

describe("progressLine", () => {
  it("progressText('optimal', 12, 48) draws a quarter-full bar, the percentage and the count", () => {
    expect(progressText("optimal", 12, 48)).toBe("optimal [######------------------]  25% 12/48");
    expect(progressText("x", 5, 0)).toBe("x [------------------------]   0% 5/0");
  });

  it("progressLine on a terminal redraws one line in place, throttled, and clear() erases it", () => {
    const terminal = terminalIo();
    let time = 0;
    const progress = progressLine(terminal.io, undefined, 100, () => time);
    const report = progress.task("rank");
    report(1, 4);
    time = 50;
    report(2, 4); // within the interval: skipped
    time = 150;
    report(3, 4);
    time = 160;
    report(4, 4); // the end is always drawn
    progress.clear();
    const writes = terminal.stderr().split("\r\x1b[2K");
    expect(writes).toEqual(["", progressText("rank", 1, 4), progressText("rank", 3, 4), progressText("rank", 4, 4), ""]);
  });

  it("progressLine is silent when stderr is not a terminal, or with quiet", () => {
    const pipe = captureIo();
    progressLine(pipe.io, undefined).task("a")(1, 2);
    const terminal = terminalIo();
    const quiet = progressLine(terminal.io, true);
    quiet.task("a")(1, 2);
    quiet.clear();
    expect(pipe.stderr() + terminal.stderr()).toBe("");
  });

  it("optimize --json on a terminal draws progress on stderr only, erases it, and keeps stdout one JSON line", async () => {
    const argv = ["optimize", "--process", "sd15", "--spectrum", "isotropic:d=4", "--steps", "6", "--round", "--json"];
    const terminal = terminalIo();
    expect(await runCli(argv, terminal.io)).toBe(0);
    expect(terminal.stderr()).toContain("optimize optimal [");
    expect(terminal.stderr().endsWith("\r\x1b[2K")).toBe(true);
    expect(terminal.stdout().split("\n")).toHaveLength(2);
    expect(() => JSON.parse(terminal.stdout())).not.toThrow();

    const quiet = terminalIo();
    expect(await runCli([...argv, "--quiet"], quiet.io)).toBe(0);
    expect(quiet.stderr()).toBe("");
    expect(quiet.stdout()).toBe(terminal.stdout());
  });

  it("a usage error on a terminal erases the progress line before its one-line message", async () => {
    const terminal = terminalIo();
    const argv = ["rank", "--process", "sd15", "--spectrum", "isotropic:d=4", "--steps", "1001"];
    expect(await runCli(argv, terminal.io)).toBe(2);
    const last = terminal.stderr().split("\r\x1b[2K").at(-1);
    expect(last).toMatch(/^klsched: --steps "1001": [^\n]+\n$/);
  });
});
