import type { ClaimDTO, ClaimStatus, SourceStance } from "@/lib/claims/types";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import type { ActionResult } from "@/lib/server/action-result";

/** The claim fields the panel edits in place; a field left out is not changed. */
export interface ClaimPatch {
  normalizedText?: string | null;
  ratingLabelId?: string | null;
  rationale?: DocNodeJSON | null;
  tags?: string[];
  status?: ClaimStatus;
}

export type ClaimPatchField = keyof ClaimPatch;

export interface SourceInput {
  url: string;
  title: string;
  publisher?: string;
  /** yyyy-mm-dd */
  publishedAt?: string;
  excerpt?: string;
  stance: SourceStance;
}

interface ClaimRef {
  workspaceSlug: string;
  claimId: string;
}

interface VersionedClaimRef extends ClaimRef {
  /** The version the change was made against; a stale one is refused with code CONFLICT. */
  version: number;
}

/**
 * The server actions the panel calls. They arrive as a prop (the page passes the real server
 * actions from lib/claims/actions.ts) so the panel can be rendered and tested without a server.
 */
export interface ClaimActions {
  update(input: VersionedClaimRef & { patch: ClaimPatch }): Promise<ActionResult<ClaimDTO>>;
  remove(input: ClaimRef): Promise<ActionResult<{ claimId: string }>>;
  restore(input: ClaimRef): Promise<ActionResult<ClaimDTO>>;
  addSource(input: VersionedClaimRef & { source: SourceInput }): Promise<ActionResult<ClaimDTO>>;
  updateSource(input: VersionedClaimRef & { sourceId: string; source: SourceInput }): Promise<ActionResult<ClaimDTO>>;
  removeSource(input: VersionedClaimRef & { sourceId: string }): Promise<ActionResult<ClaimDTO>>;
  reorderSources(input: VersionedClaimRef & { orderedIds: string[] }): Promise<ActionResult<ClaimDTO>>;
}
