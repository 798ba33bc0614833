import { describe, expect, it } from "vitest";
import { renderDashboardCsv } from "./render-dashboard-csv";
import type { DashboardData } from "./types";

const progress = { total: 5, working: 2, proposed: 1, approved: 2, disputed: 1, orphaned: 0 };

function dashboard(overrides: Partial<DashboardData> = {}): DashboardData {
  return {
    version: "v1",
    generatedAt: "2026-11-25T12:00:00.000Z",
    range: { from: "2026-11-24", to: "2026-11-25" },
    totals: progress,
    articles: {
      rows: [{ articleId: "a1", title: 'Budget "cuts", explained', progress, lastActivityAt: "2026-11-25T10:00:00.000Z" }],
      total: 1,
      page: 1,
      pageSize: 20,
    },
    members: [
      { userId: "u1", name: "=HYPERLINK(\"http://evil\")", role: "editor", claimsAnnotated: 3, reviewsDone: 1, medianReviewHours: 5.256, openItems: 2 },
      { userId: "u2", name: "Rita", role: "reviewer", claimsAnnotated: 0, reviewsDone: 0, medianReviewHours: null, openItems: 0 },
    ],
    verdicts: [{ ratingLabelId: "l1", label: "Mostly true", color: "#00aa00", count: 3, approved: 2 }],
    activity: [
      { day: "2026-11-24", claims: 1, reviews: 0 },
      { day: "2026-11-25", claims: 4, reviews: 2 },
    ],
    waiting: {
      thresholdHours: 48,
      count: 1,
      oldest: [{ claimId: "c1", articleId: "a1", articleTitle: "Budget", exact: "-10% in\na year", submittedAt: "2026-11-20T00:00:00.000Z", waitingHours: 132.44 }],
    },
    agreement: { pairs: 4, percentAgreement: 0.75, kappa: 0.4667 },
    ...overrides,
  };
}

describe("renderDashboardCsv", () => {
  const lines = renderDashboardCsv(dashboard(), "Newsdesk").split("\r\n");

  it("writes labelled sections separated by blank lines, CRLF throughout", () => {
    const titles = lines.filter((line) => line.startsWith("# "));
    expect(titles).toEqual([
      "# Dashboard",
      "# Totals",
      "# Articles (1)",
      "# Members (claims and reviews within the date range)",
      "# Verdicts",
      "# Activity per day",
      "# Waiting for review longer than 48 h (1 claim; longest waiting listed)",
      "# Reviewer agreement",
    ]);
    for (const title of titles.slice(1)) expect(lines[lines.indexOf(title) - 1]).toBe("");
    expect(lines.at(-1)).toBe("");
    expect(lines.at(-2)).toBe("4,75,0.467");
  });

  it("puts the figures under their headers", () => {
    expect(lines.slice(1, 2)).toEqual(["workspace,from,to,generated_at"]);
    expect(lines).toContain("Newsdesk,2026-11-24,2026-11-25,2026-11-25T12:00:00.000Z");
    expect(lines).toContain("approved,2");
    expect(lines).toContain('a1,"Budget ""cuts"", explained",5,2,1,2,1,0,2026-11-25T10:00:00.000Z');
    expect(lines).toContain("u2,Rita,reviewer,0,0,,0");
    expect(lines).toContain("l1,Mostly true,3,2");
    expect(lines).toContain("2026-11-25,4,2");
  });

  it("guards cells a spreadsheet would run as formulas and quotes line breaks", () => {
    expect(lines).toContain(`u1,"'=HYPERLINK(""http://evil"")",editor,3,1,5.26,2`);
    const csv = renderDashboardCsv(dashboard(), "Newsdesk");
    expect(csv).toContain(`c1,a1,Budget,"'-10% in\na year",2026-11-20T00:00:00.000Z,132.4`);
  });

  it("says when the articles are only the most recently active ones", () => {
    const data = dashboard();
    const csv = renderDashboardCsv({ ...data, articles: { ...data.articles, total: 7000 } }, "Newsdesk");
    expect(csv).toContain("# Articles (1 most recently active of 7000)");
  });

  it("leaves unknown agreement figures empty", () => {
    const csv = renderDashboardCsv(dashboard({ agreement: { pairs: 0, percentAgreement: null, kappa: null } }), "Newsdesk");
    expect(csv.trimEnd().split("\r\n").at(-1)).toBe("0,,");
  });
});
