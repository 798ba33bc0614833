"use client";

import { useId } from "react";
import { SECTION_LABEL } from "@/components/claim-panel/panel-section";
import { assignClaimAction } from "@/lib/assignments/actions";
import { canAssignOthers, canBeAssigned } from "@/lib/review/review-permissions";
import type { AnnotatorDTO } from "@/lib/review/types";
import type { ClaimResult } from "./claim-run";
import type { ReviewProps } from "./review-props";
import { useClaimReview } from "./use-claim-review";

const UNASSIGNED = "";

/**
 * Who works on the claim. Owners and editors choose any member who can annotate; reviewers may
 * only take unassigned work or give back their own; viewers see the name.
 */
export function AssigneeField(props: ReviewProps) {
  const { claim, workspaceSlug } = props;
  const id = useId();
  const { view, error, busy, send } = useClaimReview(props);
  const members: AnnotatorDTO[] = props.members ?? view?.annotators ?? [];
  const me = props.currentUserId ?? view?.viewer.id;
  const role = members.find((member) => member.id === me)?.role ?? view?.viewer.role;
  const current = claim.assignee?.id ?? UNASSIGNED;
  const assignsOthers = role ? canAssignOthers(role) : false;
  const mayTake = role ? canBeAssigned(role) && (current === UNASSIGNED || current === me) : false;
  const editable = assignsOthers || mayTake;
  // Reviewers see only themselves and "Unassigned"; the current assignee always stays listed.
  const options = assignsOthers ? members : members.filter((member) => member.id === me || member.id === current);
  if (claim.assignee && !options.some((member) => member.id === claim.assignee!.id)) options.push({ ...claim.assignee, role: "reviewer" });

  if (!editable) {
    return (
      <div className="space-y-1">
        <h3 className={SECTION_LABEL}>Assignee</h3>
        <p className="text-sm text-ink">{claim.assignee?.name ?? <span className="text-muted">Unassigned</span>}</p>
      </div>
    );
  }
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className={`block ${SECTION_LABEL}`}>
        Assignee
      </label>
      <select
        id={id}
        value={current}
        disabled={busy}
        onChange={(event) =>
          send((latest) => assignClaimAction({ workspaceSlug, claimId: latest.id, version: latest.version, assigneeId: event.target.value || null }) as Promise<ClaimResult>)
        }
        className="h-10 w-full rounded-md border border-line bg-surface px-2 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 disabled:opacity-60"
      >
        <option value={UNASSIGNED}>Unassigned</option>
        {options.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
            {member.id === me ? " (you)" : ""}
          </option>
        ))}
      </select>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
