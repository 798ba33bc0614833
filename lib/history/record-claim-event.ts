import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ClaimEventKind =
  | "created"
  | "verdict"
  | "normalized_text"
  | "rationale"
  | "tags"
  | "status"
  | "sources"
  | "assignment"
  | "comment"
  | "submitted"
  | "approved"
  | "changes_requested"
  | "independent_verdict"
  | "dispute_resolved"
  | "reanchored"
  | "reattached"
  | "deleted"
  | "restored"
  /** Linked to (or unlinked from) an earlier check of the same claim: lib/similar-claims. */
  | "linked";

interface ClaimEventInput {
  claimId: string;
  workspaceId: string;
  actorId: string;
  kind: ClaimEventKind;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

/**
 * Appends one entry to a claim's immutable history, inside the caller's transaction so the
 * change and its record commit (or fail) together.
 */
export async function recordClaimEvent(tx: Prisma.TransactionClient, event: ClaimEventInput) {
  await tx.claimEvent.create({
    data: {
      claimId: event.claimId,
      workspaceId: event.workspaceId,
      actorId: event.actorId,
      kind: event.kind,
      before: event.before ?? undefined,
      after: event.after ?? undefined,
    },
  });
}
