"use client";

import { useId, type ReactNode } from "react";
import { toast } from "sonner";
import { ClaimActivity } from "@/components/history/claim-activity";
import { AssigneeField } from "@/components/review/assignee-field";
import { queueRunner } from "@/components/review/claim-run";
import { ReviewSection } from "@/components/review/review-section";
import type { ClaimDTO, RatingLabelDTO } from "@/lib/claims/types";
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
  claim: ClaimDTO;
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

/** The side panel for one claim: every edit saves itself, in order, through one queue. */
export function ClaimPanel(props: ClaimPanelProps) {
  const { ratingScale, workspaceSlug, canEdit, actions, onConflict, onClose } = props;
  const { queue, state, claim, sources } = useClaimSaveQueue(props);
  const id = useId();
  const errors = state.fieldErrors;
  const readOnly = !canEdit;
  const reviewProps = { claim, ratingScale, workspaceSlug, members: props.members, currentUserId: props.currentUserId, onClaimChange: props.onClaimChange, run: queueRunner(queue) };

  async function close() {
    if (!queue.hasUnsaved() || (await queue.flushAndSettle())) return onClose();
    toast.error("Your latest changes aren't saved yet.", {
      description: "Close anyway and they are lost.",
      action: { label: "Close anyway", onClick: onClose },
    });
  }

  function resolve(choice: "theirs" | "mine") {
    const mustFetch = choice === "theirs" ? queue.showTheirs() : queue.keepMine();
    if (mustFetch || choice === "theirs") onConflict(claim.id);
  }

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="flex h-full w-full max-w-[420px] flex-col overflow-y-auto border-l border-line bg-surface text-ink"
    >
      <ClaimPanelHeader
        headingId={`${id}-heading`}
        saveState={canEdit ? <SaveIndicator state={state} onRetryNow={() => queue.retryNow()} /> : null}
        deleteButton={
          canEdit ? (
            <DeleteClaimButton
              workspaceSlug={workspaceSlug}
              claimId={claim.id}
              actions={actions}
              onBeforeDelete={() => queue.discard()}
              onDeleted={props.onDeleted}
              onRestored={props.onRestored}
            />
          ) : null
        }
        onClose={close}
      />
      <div className="space-y-6 px-4 py-4">
        {state.conflict ? <ConflictBanner onShowTheirs={() => resolve("theirs")} onKeepMine={() => resolve("mine")} /> : null}
        <figure className="space-y-2">
          <figcaption className={SECTION_LABEL}>Quoted in the article</figcaption>
          <blockquote className="border-l-4 border-accent/60 pl-3 font-serif text-base leading-relaxed text-ink">
            {claim.exact}
          </blockquote>
        </figure>
        {claim.anchorStatus === "orphaned" ? <OrphanWarning canEdit={canEdit} action={props.orphanAction} /> : null}
        <NormalizedTextField
          id={`${id}-normalized`}
          value={claim.normalizedText}
          errors={errors.normalizedText}
          readOnly={readOnly}
          onChange={(normalizedText) => queue.edit({ normalizedText }, { debounce: true })}
          onBlur={() => queue.flush()}
        />
        <SimilarClaims claim={claim} workspaceSlug={workspaceSlug} canEdit={canEdit} run={reviewProps.run} />
        <VerdictField
          id={`${id}-verdict`}
          scale={ratingScale}
          value={claim.ratingLabelId}
          errors={errors.ratingLabelId}
          readOnly={readOnly}
          onChange={(ratingLabelId) => queue.edit({ ratingLabelId })}
        />
        <ReviewSection {...reviewProps} />
        <PanelSection id={`${id}-rationale`} title="Rationale">
          <RationaleEditor
            labelId={`${id}-rationale`}
            value={claim.rationale}
            errors={errors.rationale}
            readOnly={readOnly}
            onChange={(rationale) => queue.edit({ rationale }, { debounce: true })}
            onBlur={() => queue.flush()}
          />
          {errors.rationale ? (
            <p id={`${id}-rationale-error`} role="alert" className="text-sm text-danger">
              {errors.rationale.join(" ")}
            </p>
          ) : null}
        </PanelSection>
        <SourcesSection id={`${id}-sources`} sources={claim.sources} canEdit={canEdit} commands={sources} />
        <TagsField id={`${id}-tags`} tags={claim.tags} errors={errors.tags} readOnly={readOnly} onChange={(tags) => queue.edit({ tags })} />
        <StatusField id={`${id}-status`} value={claim.status} errors={errors.status} readOnly={readOnly} onChange={(status) => queue.edit({ status })} />
        <AssigneeField {...reviewProps} />
        <footer className="border-t border-line pt-3 text-xs text-muted">
          Created by {claim.createdBy.name} · <time dateTime={claim.createdAt}>{formatDate(claim.createdAt)}</time>
        </footer>
        <ClaimActivity workspaceSlug={workspaceSlug} claimId={claim.id} version={claim.version} canComment={canEdit} ratingScale={ratingScale} />
      </div>
    </section>
  );
}
