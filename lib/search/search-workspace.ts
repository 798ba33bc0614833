import "server-only";
import { db } from "@/lib/db";
import { listRatingLabels } from "@/lib/rating-scale/list-rating-labels";
import { requireMember } from "@/lib/workspaces/require-member";
import type { ClaimListFilters } from "./claim-list-filters";
import { parseSearchParams } from "./parse-search-params";
import { runSearch } from "./run-search";
import type { SearchFilterOptions, SearchResults } from "./types";

export interface SearchPageView {
  workspace: { slug: string; name: string };
  options: SearchFilterOptions;
  /** What was asked, as far as it could be read (for the form to show again). */
  params: Record<string, string>;
  /** Invalid filters, in words; no search is run while there are any. */
  problems: string[];
  results: SearchResults | null;
}

/**
 * The search page of a workspace: its URL parameters checked against the claim-list contract
 * and against the workspace (a verdict of its scale, one of its members or articles), then one
 * page of results. Every member may search; only this workspace's live data is read.
 */
export async function searchWorkspace(userId: string, slug: string, params: Record<string, string | string[] | undefined>): Promise<SearchPageView> {
  const workspace = await requireMember(userId, slug);
  const parsed = parseSearchParams(params);
  const articleId = parsed.ok ? parsed.filters.article : undefined;
  const options = await loadOptions(workspace.id, articleId);
  const shown = Object.fromEntries(Object.entries(params).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
  const view = { workspace: { slug: workspace.slug, name: workspace.name }, options, params: shown };
  if (!parsed.ok) return { ...view, problems: parsed.problems, results: null };
  const problems = unknownIds(parsed.filters, options);
  if (problems.length) return { ...view, problems, results: null };
  return { ...view, problems: [], results: await runSearch(db, workspace.id, workspace.slug, parsed.filters, options) };
}

async function loadOptions(workspaceId: string, articleId: string | undefined): Promise<SearchFilterOptions> {
  const [labels, memberships, article] = await Promise.all([
    listRatingLabels(workspaceId),
    db.membership.findMany({ where: { workspaceId }, select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } }),
    articleId ? db.article.findFirst({ where: { id: articleId, workspaceId }, select: { id: true, title: true } }) : null,
  ]);
  return {
    verdicts: labels.map(({ id, label, color }) => ({ id, label, color })),
    members: memberships.map((membership) => membership.user),
    article,
  };
}

// An id from another workspace (or a typo) would silently match nothing; say so instead.
function unknownIds(filters: ClaimListFilters, options: SearchFilterOptions): string[] {
  const problems: string[] = [];
  if (filters.verdict && !options.verdicts.some((label) => label.id === filters.verdict)) {
    problems.push("Verdict: that rating is not on this workspace's scale.");
  }
  const isMember = (id: string) => options.members.some((member) => member.id === id);
  if (filters.member && !isMember(filters.member)) problems.push("Created by: that person is not a member of this workspace.");
  if (filters.reviewer && !isMember(filters.reviewer)) problems.push("Reviewed by: that person is not a member of this workspace.");
  if (filters.openFor && !isMember(filters.openFor)) problems.push("Open items of: that person is not a member of this workspace.");
  if (filters.article && !options.article) problems.push("Article: that article is not in this workspace.");
  return problems;
}
