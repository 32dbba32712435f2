import { describe, expect, it } from "vitest";
import { diffusersAlphasCumprod, torchLinspaceFloat32 } from "./diffusers-alphas-cumprod.js";
import fixture from "./fixtures/alphas-cumprod.json" with { type: "json" };

describe("diffusersAlphasCumprod", () => {
  it.each([
    ["linear", { kind: "linear", betaStart: 1e-4, betaEnd: 0.02 }],
    ["scaled_linear", { kind: "scaled_linear", betaStart: 0.00085, betaEnd: 0.012 }],
    ["cosine", { kind: "cosine" }],
  ] as const)("diffusersAlphasCumprod(%s, 1000) equals the numpy float32 re-derivation bit for bit", (name, schedule) => {
    const got = diffusersAlphasCumprod(schedule, 1000);
    const want = fixture[name];
    expect(got.length).toBe(1000);
    let mismatches = 0;
    for (let i = 0; i < 1000; i++) if (got[i] !== want[i]) mismatches++;
    expect(mismatches).toBe(0);
  });

  it("sd15's σ_max and σ_min equal the published Stable Diffusion values 14.6146 and 0.0292", () => {
    const a = diffusersAlphasCumprod({ kind: "scaled_linear", betaStart: 0.00085, betaEnd: 0.012 }, 1000);
    const sigma = (x: number) => Math.sqrt((1 - x) / x);
    expect(sigma(a[999] as number)).toBeCloseTo(14.6146, 3);
    expect(sigma(a[0] as number)).toBeCloseTo(0.0292, 4);
  });

  it("every ᾱ is a float32 value in (0, 1), strictly decreasing", () => {
    for (const schedule of [{ kind: "linear", betaStart: 1e-4, betaEnd: 0.02 }, { kind: "cosine" }] as const) {
      const a = diffusersAlphasCumprod(schedule, 1000);
      for (let i = 0; i < a.length; i++) {
        expect(Math.fround(a[i] as number)).toBe(a[i]);
        if (i > 0) expect(a[i]).toBeLessThan(a[i - 1] as number);
      }
    }
  });
});

describe("torchLinspaceFloat32", () => {
  it("torchLinspaceFloat32 hits both ends exactly and splits at steps/2", () => {
    const x = torchLinspaceFloat32(0.1, 0.7, 7);
    expect(x[0]).toBe(Math.fround(0.1));
    expect(x[6]).toBe(Math.fround(0.7));
    expect(torchLinspaceFloat32(3, 5, 1)).toEqual(new Float64Array([3]));
  });
});
