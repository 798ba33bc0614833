import { describe, expect, it } from "vitest";
import { kappaStrength } from "./agreement-panel";
import { formatHours, formatPercent, formatShortDay } from "./format";

describe("dashboard number formats", () => {
  it("writes durations the way an editor reads them", () => {
    expect(formatHours(null)).toBe("—");
    expect(formatHours(0.001)).toBe("1 min");
    expect(formatHours(0.5)).toBe("30 min");
    expect(formatHours(5.26)).toBe("5.3 h");
    expect(formatHours(47.9)).toBe("47.9 h");
    expect(formatHours(48)).toBe("2 d");
    expect(formatHours(76.4)).toBe("3 d 4 h");
  });

  it("rounds shares to whole percents and reads days in UTC", () => {
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(2 / 3)).toBe("67%");
    expect(formatShortDay("2026-01-01")).toBe("1 Jan");
  });

  it("names kappa bands after Landis and Koch", () => {
    expect([-0.1, 0, 0.2, 0.41, 0.6, 0.8, 1].map(kappaStrength)).toEqual([
      "worse than chance", "slight", "fair", "moderate", "substantial", "almost perfect", "almost perfect",
    ]);
  });
});
