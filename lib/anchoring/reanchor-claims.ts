import { anchorClaim } from "./anchor-claim";
import { describeSelection } from "./describe-selection";
import { prepareText } from "./prepare-text";
import type { AnchorOptions, ClaimSelectors, ReanchorInput, ReanchorResult } from "./types";

/**
 * Anchors every claim in `newText` (after a re-import or an edit) and describes each match
 * afresh: positions, prefix and suffix from the new text, and `exact` set to the text matched,
 * which differs from the stored quote after a fuzzy match. Orphans keep their stored selectors.
 */
export function reanchorClaims(
  newText: string,
  claims: readonly ReanchorInput[],
  options?: AnchorOptions,
): ReanchorResult[] {
  const prepared = prepareText(newText);
  return claims.map(({ id, selectors }): ReanchorResult => {
    const anchor = anchorClaim(prepared, selectors, options);
    if (anchor.status === "orphaned") {
      return { id, status: "orphaned", reason: anchor.reason, selectors };
    }
    const fresh = describeSelection(newText, prepared.toUtf16[anchor.start], prepared.toUtf16[anchor.end]);
    return {
      id,
      status: "anchored",
      selectors: fresh,
      method: anchor.method,
      confidence: anchor.confidence,
      changed: !sameSelectors(selectors, fresh),
    };
  });
}

function sameSelectors(stored: ClaimSelectors, fresh: ClaimSelectors): boolean {
  return (
    stored.quote.exact === fresh.quote.exact &&
    stored.quote.prefix === fresh.quote.prefix &&
    stored.quote.suffix === fresh.quote.suffix &&
    stored.position?.start === fresh.position?.start &&
    stored.position?.end === fresh.position?.end
  );
}
