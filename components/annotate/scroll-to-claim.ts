/** Scrolls the first highlight of a claim into the middle of the view. */
export function scrollToHighlight(claimId: string) {
  document.querySelector(`mark[data-claim-id="${CSS.escape(claimId)}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
}
