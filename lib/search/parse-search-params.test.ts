import { describe, expect, it } from "vitest";
import { parseSearchParams } from "./parse-search-params";

describe("parseSearchParams", () => {
  it("accepts the dashboard's filters and drops empty form values", () => {
    expect(parseSearchParams({ q: " convoy ", type: "claims", status: "working", verdict: "", disputed: "1", waitingOver: "48", page: "2" })).toEqual({
      ok: true,
      filters: { q: "convoy", type: "claims", status: "working", disputed: "1", waitingOver: 48, page: 2 },
    });
  });

  it("names each bad parameter in words", () => {
    const parsed = parseSearchParams({ status: "finished", from: "yesterday", page: "0" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(3);
    expect(parsed.problems).toEqual(
      expect.arrayContaining(["Status: “finished” is not one of the choices.", "Page: “0” is out of range.", "From date: Use a date like 2026-11-25."]),
    );
  });

  it("says how long the search text may be", () => {
    expect(parseSearchParams({ q: "x".repeat(201) })).toEqual({ ok: false, problems: ["Search text: keep it under 200 characters."] });
  });

  it("refuses a date range that ends before it starts, and impossible dates", () => {
    expect(parseSearchParams({ from: "2026-11-20", to: "2026-11-01" })).toEqual({ ok: false, problems: ["From date: 2026-11-20 is after the to date 2026-11-01."] });
    expect(parseSearchParams({ from: "2026-13-45" })).toMatchObject({ ok: false });
  });

  it("reads the open-items, reviewed-days and agreement filters, and names bad values", () => {
    expect(parseSearchParams({ openFor: "u1", reviewedFrom: "2026-11-20", reviewedTo: "2026-11-20", agreement: "disagree" })).toEqual({
      ok: true,
      filters: { openFor: "u1", reviewedFrom: "2026-11-20", reviewedTo: "2026-11-20", agreement: "disagree" },
    });
    const parsed = parseSearchParams({ agreement: "maybe", reviewedFrom: "last week", openFor: "x".repeat(65) });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        "Reviewer agreement: “maybe” is not one of the choices.",
        "Reviewed from: Use a date like 2026-11-25.",
        "Open items of: keep it under 64 characters.",
      ]),
    );
    expect(parsed.problems).toHaveLength(3);
    expect(parseSearchParams({ reviewedFrom: "2026-11-21", reviewedTo: "2026-11-20" })).toEqual({ ok: false, problems: ["Reviewed from: 2026-11-21 is after 2026-11-20."] });
    expect(parseSearchParams({ reviewedTo: "2026-02-31" })).toEqual({ ok: false, problems: ["Reviewed to: 2026-02-31 is not a date."] });
  });
});
