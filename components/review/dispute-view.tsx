"use client";

import { Button } from "@/components/ui/button";
import type { ClaimDTO, RatingLabelDTO } from "@/lib/claims/types";
import type { ReviewDTO } from "@/lib/review/types";
import { VerdictChip } from "./verdict-chip";

/** The author's and the reviewer's verdicts side by side, and the choice between them. */
export function DisputeView(props: {
  claim: ClaimDTO;
  scale: RatingLabelDTO[];
  dispute: ReviewDTO | undefined;
  canResolve: boolean;
  busy: boolean;
  onResolve(ratingLabelId: string): void;
}) {
  const { claim, scale, dispute, canResolve, busy, onResolve } = props;
  const label = (id: string | null) => scale.find((item) => item.id === id);
  const sides = [
    { key: "author", title: "Author's verdict", who: claim.createdBy.name, id: claim.ratingLabelId, action: "Keep author's verdict" },
    { key: "reviewer", title: "Reviewer's verdict", who: dispute?.reviewer.name ?? "A reviewer", id: dispute?.independentRatingLabelId ?? null, action: "Use reviewer's verdict" },
  ];
  return (
    <div role="group" aria-label="Disputed verdict" className="space-y-2 rounded-md border border-danger/40 bg-danger/5 p-3">
      <p className="text-sm text-ink">A reviewer reached a different verdict. {canResolve ? "Choose the one that stands." : "The author or an editor must choose the one that stands."}</p>
      <div className="grid grid-cols-2 gap-2">
        {sides.map((side) => (
          <div key={side.key} className="min-w-0 space-y-1 rounded-md border border-line bg-surface p-2" aria-label={side.title} role="group">
            <p className="text-xs font-medium text-muted">{side.title}</p>
            <VerdictChip label={label(side.id)} />
            <p className="truncate text-xs text-muted">{side.who}</p>
            {canResolve && side.id ? (
              <Button size="sm" variant="secondary" className="mt-1 h-auto min-h-8 w-full whitespace-normal py-1 text-xs" disabled={busy} onClick={() => onResolve(side.id!)}>
                {side.action}
              </Button>
            ) : null}
          </div>
        ))}
      </div>
    </div>
  );
}
