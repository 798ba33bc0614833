import { describe, expect, it } from "vitest";
import { dashboardSearch, parseDashboardParams, presetRange, rangeError } from "./dashboard-params";

const TODAY = new Date("2026-11-25T15:00:00Z");

describe("parseDashboardParams", () => {
  it("defaults to the last 30 days, a 48 h threshold and the first page", () => {
    expect(parseDashboardParams({}, TODAY)).toEqual({
      params: { from: "2026-10-27", to: "2026-11-25", thresholdHours: 48, articlePage: 1 },
      errors: [],
    });
  });

  it("reads valid values from a URL", () => {
    const search = new URLSearchParams("from=2026-01-01&to=2026-03-31&threshold=12&page=3");
    expect(parseDashboardParams(search, TODAY)).toEqual({
      params: { from: "2026-01-01", to: "2026-03-31", thresholdHours: 12, articlePage: 3 },
      errors: [],
    });
  });

  it("refuses a start after the end with a message, and shows the default range", () => {
    const { params, errors } = parseDashboardParams({ from: "2026-11-20", to: "2026-11-01" }, TODAY);
    expect(params).toMatchObject({ from: "2026-10-27", to: "2026-11-25" });
    expect(errors).toEqual([
      "The start date (2026-11-20) is after the end date (2026-11-01). Pick a start on or before the end. Showing the last 30 days instead.",
    ]);
  });

  it("refuses ranges over two years, impossible days and bad thresholds, keeping the good values", () => {
    expect(parseDashboardParams({ from: "2020-01-01", to: "2026-01-01" }, TODAY).errors[0]).toMatch(/covers 2193 days; the dashboard shows at most 731/);
    const { params, errors } = parseDashboardParams({ from: "2026-02-30", to: "2026-11-01", threshold: "-4" }, TODAY);
    expect(errors).toEqual(["Start date: That date does not exist.", "Waiting threshold: The threshold must be at least 1 hour."]);
    expect(params).toMatchObject({ from: "2026-10-03", to: "2026-11-01", thresholdHours: 48 });
  });

  it("accepts exactly two years and uses the first of repeated values", () => {
    expect(rangeError("2024-11-24", "2026-11-24")).toBeNull();
    expect(rangeError("2024-11-23", "2026-11-24")).toMatch(/732 days/);
    expect(parseDashboardParams({ threshold: ["6", "7"] }, TODAY).params.thresholdHours).toBe(6);
  });
});

describe("presetRange and dashboardSearch", () => {
  it("counts today as the last day of a preset and leaves defaults out of the URL", () => {
    expect(presetRange(7, TODAY)).toEqual({ from: "2026-11-19", to: "2026-11-25" });
    expect(dashboardSearch({ from: "2026-11-19", to: "2026-11-25", thresholdHours: 48, articlePage: 1 })).toBe("from=2026-11-19&to=2026-11-25");
    expect(dashboardSearch({ from: "2026-11-19", to: "2026-11-25", thresholdHours: 8, articlePage: 2 })).toBe("from=2026-11-19&to=2026-11-25&threshold=8&page=2");
  });
});
