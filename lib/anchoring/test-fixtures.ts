import { demoArticle } from "../../prisma/seed/demo-article";
import { describeSelection } from "./describe-selection";
import type { AnchorResult, ClaimSelectors } from "./types";

/** A real wire story (shared fixture us-suspends-syria-ceasefire-talks.txt); note its repeated second line. */
export const ARTICLE = [demoArticle.title, ...demoArticle.paragraphs, "With Agency Inputs"].join("\n");

/** Selectors for the `occurrence`-th (0-based) copy of `quote` in `text`, as the editor would make them. */
export function selectQuote(text: string, quote: string, occurrence = 0): ClaimSelectors {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = text.indexOf(quote, index + 1);
    if (index === -1) throw new Error(`Quote ${JSON.stringify(quote)} occurs fewer than ${occurrence + 1} times`);
  }
  return describeSelection(text, index, index + quote.length);
}

/** The text a user would see highlighted, or null for an orphan. */
export function highlighted(text: string, result: AnchorResult): string | null {
  return result.status === "anchored" ? Array.from(text).slice(result.start, result.end).join("") : null;
}

/** Code-point offset of the `occurrence`-th copy of `quote`, to check where a highlight landed. */
export function codePointIndexOf(text: string, quote: string, occurrence = 0): number {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) index = text.indexOf(quote, index + 1);
  return Array.from(text.slice(0, index)).length;
}
