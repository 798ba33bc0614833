import { csvCell } from "@/lib/export/render-csv";
import type { ClaimProgress, DashboardData } from "./types";

// The dashboard as one CSV file: labelled sections one after the other, each a title row, a
// header row and its rows, separated by a blank line. Spreadsheets open it as is; every cell
// goes through csvCell, so titles and names cannot run as formulas. Titles hold no commas, so
// they stay one unquoted cell starting with "# ".

type Cell = string | number | null;

const PROGRESS_KEYS = ["total", "working", "proposed", "approved", "disputed", "orphaned"] as const satisfies readonly (keyof ClaimProgress)[];

function section(title: string, header: string[], rows: Cell[][]): Cell[][] {
  return [[`# ${title}`], header, ...rows, []];
}

const number = (value: number | null, digits?: number) => (value === null ? "" : digits === undefined ? value : Number(value.toFixed(digits)));

/** The dashboard data as CSV (RFC 4180, CRLF), for the workspace named `workspaceName`. */
export function renderDashboardCsv(data: DashboardData, workspaceName: string): string {
  const { articles } = data;
  const articlesTitle = articles.total > articles.rows.length
    ? `Articles (${articles.rows.length} most recently active of ${articles.total})`
    : `Articles (${articles.total})`;
  const rows: Cell[][] = [
    ...section("Dashboard", ["workspace", "from", "to", "generated_at"], [[workspaceName, data.range.from, data.range.to, data.generatedAt]]),
    ...section("Totals", ["figure", "claims"], PROGRESS_KEYS.map((key) => [key, data.totals[key]])),
    ...section(articlesTitle, ["article_id", "title", ...PROGRESS_KEYS, "last_activity_at"], articles.rows.map((row) => [
      row.articleId, row.title, ...PROGRESS_KEYS.map((key) => row.progress[key]), row.lastActivityAt,
    ])),
    ...section(
      "Members (claims and reviews within the date range)",
      ["user_id", "name", "role", "claims_annotated", "reviews_done", "median_review_hours", "open_items"],
      data.members.map((member) => [
        member.userId, member.name, member.role, member.claimsAnnotated, member.reviewsDone, number(member.medianReviewHours, 2), member.openItems,
      ]),
    ),
    ...section("Verdicts", ["rating_label_id", "verdict", "claims", "approved"], data.verdicts.map((verdict) => [
      verdict.ratingLabelId, verdict.label, verdict.count, verdict.approved,
    ])),
    ...section("Activity per day", ["day", "claims", "reviews"], data.activity.map((day) => [day.day, day.claims, day.reviews])),
    ...section(
      `Waiting for review longer than ${data.waiting.thresholdHours} h (${data.waiting.count} claim${data.waiting.count === 1 ? "" : "s"}; longest waiting listed)`,
      ["claim_id", "article_id", "article", "quote", "submitted_at", "waiting_hours"],
      data.waiting.oldest.map((item) => [item.claimId, item.articleId, item.articleTitle, item.exact, item.submittedAt, number(item.waitingHours, 1)]),
    ),
    ...section("Reviewer agreement", ["pairs", "percent_agreement", "cohens_kappa"], [[
      data.agreement.pairs, number(data.agreement.percentAgreement === null ? null : data.agreement.percentAgreement * 100, 1), number(data.agreement.kappa, 3),
    ]]),
  ];
  rows.pop(); // no blank line after the last section
  return rows.map((row) => row.map((cell) => csvCell(cell === null ? "" : String(cell))).join(",")).join("\r\n") + "\r\n";
}
