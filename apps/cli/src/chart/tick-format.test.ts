import { describe, expect, it } from "vitest";
import { plainLabel, powerLabel, tickLabels } from "./tick-format.js";

describe("tickLabels", () => {
  it("writes plain decimals when every value reads well that way", () => {
    expect(tickLabels([0.001, 0.002, 0.005, 0.01, 1, 10, 1000])).toEqual(["0.001", "0.002", "0.005", "0.01", "1", "10", "1000"]);
    expect(tickLabels([0, 0.5, 1])).toEqual(["0", "0.5", "1"]);
  });

  it("writes every label as a power of ten as soon as one value is too small or too large", () => {
    expect(tickLabels([1e-4, 1e-3, 0.01, 0.1, 1])).toEqual(["10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰"]);
    expect(tickLabels([2e-4, 5e-4, 1e5])).toEqual(["2×10⁻⁴", "5×10⁻⁴", "10⁵"]);
  });
});

describe("plainLabel and powerLabel", () => {
  it("plainLabel rounds away floating-point noise", () => {
    expect(plainLabel(0.1 + 0.2)).toBe("0.3");
    expect(plainLabel(3 * 10 ** -3)).toBe("0.003");
  });

  it("powerLabel shows the mantissa only when it is not 1, and the sign of negative values", () => {
    expect(powerLabel(1e-12)).toBe("10⁻¹²");
    expect(powerLabel(3e7)).toBe("3×10⁷");
    expect(powerLabel(-5e-6)).toBe("−5×10⁻⁶");
    expect(powerLabel(0)).toBe("0");
  });
});
