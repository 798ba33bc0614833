import type { ClaimListFilters } from "../../lib/search/claim-list-filters";
import type { FilterIds } from "./filter-ids";

/** What people type into a newsroom's search box, and the dashboard's filtered lists. */
export function searchQueries(ids: FilterIds): { label: string; filters: ClaimListFilters }[] {
  const words = ["unemployment", "senator", "rent", "bread", "emissions", "asylum", "debt", "obesity", "investment", "electricity", "satellite", "census", "eurostat", "prison", "salaries"];
  const phrases = ['"minimum wage"', "prison population", "trade deficit China", "youth unemployment 2019", "hospital waiting times", "mayor rent", "central bank survey", "defence spending doubled"];
  const queries: { label: string; filters: ClaimListFilters }[] = [];
  for (const word of words) queries.push({ label: "word", filters: { q: word } });
  for (const phrase of phrases) queries.push({ label: "phrase", filters: { q: phrase } });
  for (const word of words.slice(0, 8)) queries.push({ label: "word + filters", filters: { q: word, status: "working", verdict: ids.verdicts[0] } });
  for (const word of words.slice(0, 6)) queries.push({ label: "word, claims tab, page 3", filters: { q: word, type: "claims", page: 3 } });
  for (const word of words.slice(6, 12)) queries.push({ label: "word, sources tab", filters: { q: word, type: "sources" } });
  const lists: ClaimListFilters[] = [
    {},
    { status: "working" },
    { status: "approved", verdict: ids.verdicts[1] },
    { member: ids.member },
    { reviewer: ids.reviewer },
    { disputed: "1" },
    { waitingOver: 48 },
    { from: "2020-01-01", to: "2100-01-01" },
    { article: ids.article },
    { page: 40 },
  ];
  for (const filters of lists) queries.push({ label: "claim list (no text)", filters: { type: "claims", ...filters } });
  return queries;
}
