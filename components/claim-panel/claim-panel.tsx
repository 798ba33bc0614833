"use client";

import { useCallback, useId, useLayoutEffect, useRef, type ReactNode } from "react";
import { toast } from "sonner";
import { ClaimActivity } from "@/components/history/claim-activity";
import { AssigneeField } from "@/components/review/assignee-field";
import { queueRunner } from "@/components/review/claim-run";
import { ReviewSection } from "@/components/review/review-section";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ClaimDTO, ClaimSummaryDTO, RatingLabelDTO } from "@/lib/claims/types";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import type { AnnotatorDTO } from "@/lib/review/types";
import type { ClaimActions } from "./claim-actions";
import { ClaimPanelHeader } from "./claim-panel-header";
import { ConflictBanner } from "./conflict-banner";
import { DeleteClaimButton } from "./delete-claim-button";
import { formatDate } from "./format-date";
import { NormalizedTextField } from "./normalized-text-field";
import { OrphanWarning } from "./orphan-warning";
import { PanelSection, SECTION_LABEL } from "./panel-section";
import { RationaleEditor } from "./rationale-editor";
import { SaveIndicator } from "./save-indicator";
import { SimilarClaims } from "./similar-claims";
import { SourcesSection } from "./sources-section";
import { StatusField } from "./status-field";
import { TagsField } from "./tags-field";
import { useClaimSaveQueue } from "./use-claim-save-queue";
import { VerdictField } from "./verdict-field";

export interface ClaimPanelProps {
  /** What the page knows of the open claim at once: quote and verdict are shown from it. */
  summary: ClaimSummaryDTO;
  /** The open claim's details; null while they load (placeholders stand in for the rest). */
  claim: ClaimDTO | null;
  /** Why loading the details failed, shown with a retry. */
  loadError?: string;
  onRetryLoad(): void;
  ratingScale: RatingLabelDTO[];
  workspaceSlug: string;
  /** Viewers get the same information without inputs. */
  canEdit: boolean;
  actions: ClaimActions;
  /** Called with every fresh claim the server returns. */
  onClaimChange(claim: ClaimDTO): void;
  /** After a confirmed delete; the "Undo" toast then restores through actions.restore. */
  onDeleted(claimId: string): void;
  onRestored(claim: ClaimDTO): void;
  onClose(): void;
  /** A save hit a conflict and the user chose a side: fetch the claim and pass the newer one as `claim`. */
  onConflict(claimId: string): void;
  /** Shown inside the "lost its place" warning, e.g. the page's "Re-attach" button. */
  orphanAction?: ReactNode;
  /** Members who can annotate (assignees, reviewers); fetched by the review section when absent. */
  members?: AnnotatorDTO[];
  currentUserId?: string;
}

/**
 * The side panel of the open claim: every edit saves itself, in order, through the claim's queue.
 * One panel serves every claim opened while it stays open: switching claims shows the new quote
 * and verdict at once and fills in the details when they arrive, without building the panel (and
 * its rationale editor) anew. Parts with state of their own are keyed by claim, so nothing typed
 * or opened in one claim's form shows up in another's.
 */
export function ClaimPanel(props: ClaimPanelProps) {
  const { summary, ratingScale, workspaceSlug, canEdit, actions, onConflict, onClose } = props;
  // Details of another claim than the summary's (a switch mid-render) count as not loaded.
  const details = props.claim && props.claim.id === summary.id ? props.claim : null;
  const { queues, open: saving } = useClaimSaveQueue({ claim: details, workspaceSlug, actions, onClaimChange: props.onClaimChange });
  const id = useId();
  const readOnly = !canEdit;
  const queue = saving?.queue;
  const claim = saving?.claim ?? null;
  const state = saving?.state;
  const errors = state?.fieldErrors ?? {};
  // Parts with state of their own start afresh for another claim (siblings need distinct keys).
  const key = summary.id;
  const reviewProps = claim
    ? { claim, ratingScale, workspaceSlug, members: props.members, currentUserId: props.currentUserId, onClaimChange: props.onClaimChange, run: queueRunner(queue!) }
    : null;
  // Stable across renders, so typing in the rationale does not re-render the memoized editor.
  const editRationale = useCallback((rationale: DocNodeJSON | null) => queue?.edit({ rationale }, { debounce: true }), [queue]);
  const flushRationale = useCallback(() => queue?.flush(), [queue]);

  // Another claim starts at the top (its quote and verdict), as a freshly opened panel would.
  const scroller = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [summary.id]);

  async function close() {
    if (!queues.hasUnsaved() || (await queues.flushAll())) return onClose();
    toast.error("Your latest changes aren't saved yet.", {
      description: "Close anyway and they are lost.",
      action: { label: "Close anyway", onClick: onClose },
    });
  }

  function resolve(choice: "theirs" | "mine") {
    if (!queue || !claim) return;
    const mustFetch = choice === "theirs" ? queue.showTheirs() : queue.keepMine();
    if (mustFetch || choice === "theirs") onConflict(claim.id);
  }

  return (
    <section
      ref={scroller}
      aria-labelledby={`${id}-heading`}
      aria-busy={claim || props.loadError ? undefined : "true"}
      className="flex h-full w-full max-w-[420px] flex-col overflow-y-auto border-l border-line bg-surface text-ink"
    >
      <ClaimPanelHeader
        headingId={`${id}-heading`}
        saveState={
          state && claim ? (
            canEdit ? (
              <SaveIndicator state={state} onRetryNow={() => queue!.retryNow()} />
            ) : null
          ) : (
            // Same height as the save state it gives way to, so nothing jumps when the details arrive.
            <p className="text-xs text-muted">{props.loadError ? "Not loaded" : "Loading…"}</p>
          )
        }
        deleteButton={
          canEdit && claim ? (
            <DeleteClaimButton
              key={`delete-${key}`}
              workspaceSlug={workspaceSlug}
              claimId={claim.id}
              actions={actions}
              onBeforeDelete={() => queue!.discard()}
              onDeleted={props.onDeleted}
              onRestored={props.onRestored}
            />
          ) : null
        }
        onClose={close}
      />
      <div className="space-y-6 px-4 py-4">
        {state?.conflict ? <ConflictBanner onShowTheirs={() => resolve("theirs")} onKeepMine={() => resolve("mine")} /> : null}
        {!claim && props.loadError ? <LoadError error={props.loadError} onRetry={props.onRetryLoad} /> : null}
        <figure className="space-y-2">
          <figcaption className={SECTION_LABEL}>Quoted in the article</figcaption>
          <blockquote className="border-l-4 border-accent/60 pl-3 font-serif text-base leading-relaxed text-ink">
            {claim?.exact ?? summary.exact}
          </blockquote>
        </figure>
        {claim?.anchorStatus === "orphaned" ? <OrphanWarning canEdit={canEdit} action={props.orphanAction} /> : null}
        {claim ? (
          <NormalizedTextField
            key={`normalized-${key}`}
            id={`${id}-normalized`}
            value={claim.normalizedText}
            errors={errors.normalizedText}
            readOnly={readOnly}
            onChange={(normalizedText) => queue!.edit({ normalizedText }, { debounce: true })}
            onBlur={() => queue!.flush()}
          />
        ) : null}
        {claim && reviewProps ? <SimilarClaims key={`similar-${key}`} claim={claim} workspaceSlug={workspaceSlug} canEdit={canEdit} run={reviewProps.run} /> : null}
        <VerdictField
          id={`${id}-verdict`}
          scale={ratingScale}
          value={claim ? claim.ratingLabelId : summary.ratingLabelId}
          errors={errors.ratingLabelId}
          readOnly={readOnly || !claim}
          onChange={(ratingLabelId) => queue?.edit({ ratingLabelId })}
        />
        {reviewProps ? <ReviewSection key={`review-${key}`} {...reviewProps} /> : null}
        {claim || props.loadError ? null : <DetailsPlaceholder />}
        {/* Mounted for every claim (hidden while details load): the one editor is reused, not rebuilt. */}
        <div hidden={!claim}>
          <PanelSection id={`${id}-rationale`} title="Rationale">
            <RationaleEditor
              labelId={`${id}-rationale`}
              docKey={claim?.id ?? null}
              value={claim?.rationale ?? null}
              errors={errors.rationale}
              readOnly={readOnly}
              onChange={editRationale}
              onBlur={flushRationale}
            />
            {errors.rationale ? (
              <p id={`${id}-rationale-error`} role="alert" className="text-sm text-danger">
                {errors.rationale.join(" ")}
              </p>
            ) : null}
          </PanelSection>
        </div>
        {claim ? <SourcesSection key={`sources-${key}`} id={`${id}-sources`} sources={claim.sources} canEdit={canEdit} commands={saving!.sources} /> : null}
        {claim ? <TagsField key={`tags-${key}`} id={`${id}-tags`} tags={claim.tags} errors={errors.tags} readOnly={readOnly} onChange={(tags) => queue!.edit({ tags })} /> : null}
        {claim ? <StatusField id={`${id}-status`} value={claim.status} errors={errors.status} readOnly={readOnly} onChange={(status) => queue!.edit({ status })} /> : null}
        {reviewProps ? <AssigneeField key={`assignee-${key}`} {...reviewProps} /> : null}
        {claim ? (
          <footer className="border-t border-line pt-3 text-xs text-muted">
            Created by {claim.createdBy.name} · <time dateTime={claim.createdAt}>{formatDate(claim.createdAt)}</time>
          </footer>
        ) : null}
        {claim ? <ClaimActivity key={`activity-${key}`} workspaceSlug={workspaceSlug} claimId={claim.id} version={claim.version} canComment={canEdit} ratingScale={ratingScale} /> : null}
      </div>
    </section>
  );
}

function LoadError({ error, onRetry }: { error: string; onRetry(): void }) {
  return (
    <Alert>
      <span className="flex items-center justify-between gap-2">
        Couldn’t load this claim: {error}
        <Button size="sm" variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      </span>
    </Alert>
  );
}

/** Where the details go while they load. */
function DetailsPlaceholder() {
  return (
    <div aria-hidden className="space-y-3">
      <div className="h-4 w-24 animate-pulse rounded bg-subtle" />
      <div className="h-24 animate-pulse rounded-md bg-subtle" />
      <div className="h-4 w-20 animate-pulse rounded bg-subtle" />
      <div className="h-16 animate-pulse rounded-md bg-subtle" />
    </div>
  );
}
