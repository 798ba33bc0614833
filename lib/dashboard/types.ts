// The contract between the dashboard's queries (lib/dashboard/load-*.ts) and its UI
// (components/dashboard/*, app/w/[workspace]/dashboard). Everything here is JSON-safe, so the
// same object feeds the server render, the live-update stream and the CSV export.

/** How far a set of claims has come. `working` = open, in progress or changes requested. */
export interface ClaimProgress {
  total: number;
  working: number;
  proposed: number;
  approved: number;
  /** Orthogonal flags: a disputed or orphaned claim is also counted in one status above. */
  disputed: number;
  orphaned: number;
}

export interface ArticleProgressRow {
  articleId: string;
  title: string;
  progress: ClaimProgress;
  /** ISO time of the newest change to the article or its claims. */
  lastActivityAt: string;
}

export interface MemberStats {
  userId: string;
  name: string;
  role: string;
  /** Claims this member created (not deleted), within the date range. */
  claimsAnnotated: number;
  /** Reviews this member recorded (any decision), within the date range. */
  reviewsDone: number;
  /** Median hours from a claim's submission to this member's review of it; null without reviews. */
  medianReviewHours: number | null;
  /** Working or proposed claims assigned to (or, unassigned, created by) this member. */
  openItems: number;
}

export interface VerdictCount {
  ratingLabelId: string;
  label: string;
  color: string;
  /** Non-deleted claims carrying this verdict, and how many of them are approved. */
  count: number;
  approved: number;
}

export interface ActivityDay {
  /** UTC day, YYYY-MM-DD; every day of the range is present, zeros included. */
  day: string;
  claims: number;
  reviews: number;
}

export interface WaitingItem {
  claimId: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  submittedAt: string;
  waitingHours: number;
}

/** Agreement between a claim's verdict and reviewers' independent verdicts on it. */
export interface Agreement {
  /** Number of (author verdict, reviewer verdict) pairs. */
  pairs: number;
  /** Share of pairs that agree, 0..1; null without pairs. */
  percentAgreement: number | null;
  /** Cohen's kappa; null without pairs or when chance agreement is 1. */
  kappa: number | null;
}

export interface DashboardQuery {
  workspaceId: string;
  /** Inclusive UTC days bounding activity and member figures. */
  from: Date;
  to: Date;
  /** Proposed claims waiting longer than this are listed as overdue. */
  waitingThresholdHours: number;
  /** Article progress table page, 1-based; rows ordered by last activity, newest first. */
  articlePage: number;
  articlePageSize: number;
}

export interface DashboardData {
  /** Changes whenever anything shown here may have changed; used as ETag and by the live stream. */
  version: string;
  generatedAt: string;
  range: { from: string; to: string };
  totals: ClaimProgress;
  articles: { rows: ArticleProgressRow[]; total: number; page: number; pageSize: number };
  members: MemberStats[];
  verdicts: VerdictCount[];
  activity: ActivityDay[];
  waiting: { thresholdHours: number; count: number; oldest: WaitingItem[] };
  agreement: Agreement;
}
