import "server-only";
import { db } from "@/lib/db";
import { InvalidDocumentError } from "@/lib/editor/parse-article-doc";
import { parseRationaleDoc } from "@/lib/editor/parse-rationale-doc";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimFieldsSelect, recordClaimPatch } from "@/lib/history/record-claim-patch";
import { patchNeedsReview, reopenAfterEdit } from "@/lib/review/reopen-after-edit";
import { AppError } from "@/lib/server/app-error";
import { bumpClaimVersion } from "./bump-claim-version";
import { loadClaimDTO } from "./load-claim-dto";
import { requireWorkspace } from "./require-workspace";
import type { ClaimPatch, UpdateClaimInput } from "./schema";
import { claimDTOInclude, toClaimDTO } from "./to-claim-dto";
import type { ClaimDTO } from "./types";

/** Edits a claim's wording, rating, rationale, tags or status, if nobody changed it meanwhile. */
export async function updateClaim(userId: string, input: UpdateClaimInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const data = await patchData(workspace.id, input.patch);
  return db.$transaction(async (tx) => {
    // Read before the bump: had anything changed since, the version check would fail.
    const before = await tx.claim.findFirst({ where: { id: input.claimId, workspaceId: workspace.id }, select: claimFieldsSelect });
    await bumpClaimVersion(tx, { claimId: input.claimId, workspaceId: workspace.id, version: input.version }, data);
    // One read serves both the history (the fields after the edit) and the answer (the DTO):
    // every round trip here is spent holding the claim's row lock.
    const after = await tx.claim.findUniqueOrThrow({ where: { id: input.claimId }, include: afterEditInclude });
    await recordClaimPatch(tx, { claimId: input.claimId, workspaceId: workspace.id, actorId: userId }, before!, after);
    if (patchNeedsReview(input.patch) && changedReviewedFields(before!, after) && REVIEWED_STATUSES.has(after.status)) {
      await reopenAfterEdit(tx, { claimId: input.claimId, workspaceId: workspace.id, actorId: userId });
      return loadClaimDTO(tx, input.claimId);
    }
    return toClaimDTO(after);
  });
}

const afterEditInclude = { ...claimDTOInclude, ratingLabel: { select: { label: true } } } satisfies Prisma.ClaimInclude;

// The statuses reopenAfterEdit sends back to "in progress"; other claims need no second look.
const REVIEWED_STATUSES = new Set(["approved", "verdict_proposed"]);

// An autosave that re-sends the same values must not undo a review.
function changedReviewedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  return ["normalizedText", "ratingLabelId", "rationale"].some((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

async function patchData(workspaceId: string, patch: ClaimPatch): Promise<Prisma.ClaimUncheckedUpdateManyInput> {
  const data: Prisma.ClaimUncheckedUpdateManyInput = {};
  if (patch.normalizedText !== undefined) data.normalizedText = patch.normalizedText;
  if (patch.tags !== undefined) data.tags = patch.tags;
  if (patch.status !== undefined) data.status = patch.status;
  if (patch.rationale !== undefined) data.rationale = patch.rationale === null ? Prisma.DbNull : rationaleJSON(patch.rationale);
  if (patch.ratingLabelId !== undefined) {
    // A label of another workspace would leak its name and colour into this one.
    if (patch.ratingLabelId !== null && !(await db.ratingLabel.count({ where: { id: patch.ratingLabelId, workspaceId } }))) {
      throw new AppError("INVALID_INPUT", "That rating is not on this workspace's scale.", {
        "patch.ratingLabelId": ["Choose a rating from this workspace's scale."],
      });
    }
    data.ratingLabelId = patch.ratingLabelId;
  }
  return data;
}

// What is stored is the validated document re-serialized, never the submitted JSON; an empty
// editor is stored as no rationale.
function rationaleJSON(json: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  try {
    const doc = parseRationaleDoc(json);
    if (doc.textContent.trim() === "" && doc.childCount <= 1) return Prisma.DbNull;
    return doc.toJSON() as Prisma.InputJsonValue;
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    throw new AppError("INVALID_INPUT", error.message, { "patch.rationale": [error.message] });
  }
}
