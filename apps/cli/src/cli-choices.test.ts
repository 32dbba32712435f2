import { EXPORT_TARGET_NAMES, SCHEDULE_FORMATS as LIBRARY_FORMATS } from "@klsched/discretization";
import { PRIORS as LIBRARY_PRIORS } from "@klsched/gaussian-flow";
import { DIVERGENCES } from "@klsched/kl-metrics";
import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, OBJECTIVES, PRIORS, SCHEDULE_FORMATS } from "./cli-choices.js";
import { PLAIN_HELP, wantsHelp } from "./help-text.js";
import { registryHelpText } from "./registry-help.js";

describe("the CLI's own copies of the libraries' choice lists", () => {
  it("PRIORS and SCHEDULE_FORMATS equal gaussian-flow's and discretization's lists", () => {
    expect([...PRIORS]).toEqual([...LIBRARY_PRIORS]);
    expect([...SCHEDULE_FORMATS]).toEqual([...LIBRARY_FORMATS]);
  });

  it("EXPORT_FORMATS are the library's formats, then every export target not already among them, in registry order", () => {
    expect([...EXPORT_FORMATS]).toEqual([...new Set<string>([...LIBRARY_FORMATS, ...EXPORT_TARGET_NAMES])]);
  });

  it("OBJECTIVES are the divergence registry's --objective names, in its order", () => {
    expect([...OBJECTIVES]).toEqual(Object.values(DIVERGENCES).map((d) => d.objective));
  });
});

describe("help texts", () => {
  it("wantsHelp is true for --help, -h and the help command only", () => {
    expect(wantsHelp(["--help"])).toBe(true);
    expect(wantsHelp(["kl", "-h"])).toBe(true);
    expect(wantsHelp(["help", "kl"])).toBe(true);
    expect(wantsHelp(["kl", "--process", "help"])).toBe(false);
  });

  it("registryHelpText has every field PLAIN_HELP has, each filled from the registries", () => {
    const help = registryHelpText();
    expect(Object.keys(help).sort()).toEqual(Object.keys(PLAIN_HELP).sort());
    expect(help.samplerForms).toContain("dpmpp-2m");
    expect(help.ownStrategyForms).toContain("karras:rho=…");
    expect(help.optimizedKinds).toBe("tangent, geodesic, optimal");
    expect(help.specs).toContain("Samplers (--sampler):");
  });
});
