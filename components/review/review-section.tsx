"use client";

import { useId, type ReactNode } from "react";
import { formatDate } from "@/components/claim-panel/format-date";
import { PanelSection } from "@/components/claim-panel/panel-section";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { approveClaimAction, requestChangesAction, resolveDisputeAction, submitForReviewAction } from "@/lib/review/actions";
import { canResolveAnyDispute, canReview } from "@/lib/review/review-permissions";
import type { ClaimResult } from "./claim-run";
import { DisputeView } from "./dispute-view";
import { ReviewList } from "./review-list";
import type { ReviewProps } from "./review-props";
import { ReviewStatus } from "./review-status";
import { ReviewerControls } from "./reviewer-controls";
import { useClaimReview } from "./use-claim-review";

const SUBMITTABLE = ["open", "in_progress", "changes_requested"];

/**
 * The claim's review: status, round and approvals, the action the signed-in member may take
 * (submit, approve, request changes, resolve a dispute) and every review so far. The server
 * enforces each rule; this only hides what would be refused.
 */
export function ReviewSection(props: ReviewProps) {
  const { claim, ratingScale, workspaceSlug } = props;
  const id = useId();
  const { view, error, busy, send } = useClaimReview(props);
  const me = props.currentUserId ?? view?.viewer.id;
  const role = view?.viewer.role ?? (props.members ?? []).find((member) => member.id === me)?.role;
  const isAuthor = me === claim.createdBy.id;
  const reviewer = role ? canReview(role) : false;
  const round = claim.reviewRound;
  const reviewedThisRound = view?.reviews.some((review) => review.round === round && review.reviewer.id === me) ?? false;
  const isSubmitter = view?.submittedBy?.id === me;
  const ref = (latest: { id: string; version: number }) => ({ workspaceSlug, claimId: latest.id, version: latest.version });
  const call = (action: (input: unknown) => Promise<unknown>, extra: Record<string, unknown> = {}) =>
    send((latest) => action({ ...ref(latest), ...extra }) as Promise<ClaimResult>);

  const waiting = claim.status === "verdict_proposed";
  const dispute = view?.reviews.find((review) => review.round === round && review.independentRatingLabelId && review.independentRatingLabelId !== claim.ratingLabelId);
  const canResolve = isAuthor || (role ? canResolveAnyDispute(role) : false);

  let body: ReactNode = null;
  if (reviewer && SUBMITTABLE.includes(claim.status)) {
    const noVerdict = !claim.ratingLabelId;
    body = (
      <div className="space-y-1">
        <Button size="sm" disabled={busy || noVerdict} aria-describedby={noVerdict ? `${id}-why` : undefined} onClick={() => call(submitForReviewAction)}>
          {claim.status === "changes_requested" ? "Resubmit for review" : "Submit for review"}
        </Button>
        {noVerdict ? (
          <p id={`${id}-why`} className="text-xs text-muted">
            Choose a verdict first; a teammate reviews the verdict.
          </p>
        ) : null}
      </div>
    );
  } else if (waiting && claim.disputed) {
    body = <DisputeView claim={claim} scale={ratingScale} dispute={dispute} canResolve={canResolve} busy={busy} onResolve={(ratingLabelId) => call(resolveDisputeAction, { ratingLabelId })} />;
  } else if (waiting && (isAuthor || isSubmitter)) {
    body = <p className="text-sm text-muted">Waiting for a teammate's review. You cannot approve a verdict you {isAuthor ? "wrote" : "submitted"}.</p>;
  } else if (waiting && reviewedThisRound) {
    body = <p className="text-sm text-muted">You reviewed this round. Waiting for the other approvals.</p>;
  } else if (waiting && reviewer && view) {
    body = (
      <ReviewerControls
        scale={ratingScale}
        authorVerdictId={claim.ratingLabelId}
        busy={busy}
        onApprove={(independentRatingLabelId) => call(approveClaimAction, independentRatingLabelId ? { independentRatingLabelId } : {})}
        onRequestChanges={(comment) => call(requestChangesAction, { comment })}
      />
    );
  } else if (claim.status === "approved" && claim.approvedAt) {
    body = (
      <p className="text-sm text-muted">
        Approved on <time dateTime={claim.approvedAt}>{formatDate(claim.approvedAt)}</time>.
      </p>
    );
  }

  return (
    <PanelSection id={`${id}-review`} title="Review">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
        <ReviewStatus status={claim.status} disputed={claim.disputed} />
        {round > 0 ? <span>Round {round}</span> : null}
        {view && round > 0 && claim.status !== "changes_requested" ? (
          <span data-testid="approvals">
            {Math.min(view.approvals, view.approvalsRequired)} of {view.approvalsRequired} approval{view.approvalsRequired === 1 ? "" : "s"}
          </span>
        ) : null}
      </div>
      {body}
      {error ? <Alert>{error}</Alert> : null}
      {view ? <ReviewList reviews={view.reviews} scale={ratingScale} currentRound={round} /> : null}
    </PanelSection>
  );
}
