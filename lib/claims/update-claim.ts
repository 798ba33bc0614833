import "server-only";
import { db } from "@/lib/db";
import { InvalidDocumentError } from "@/lib/editor/parse-article-doc";
import { parseRationaleDoc } from "@/lib/editor/parse-rationale-doc";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";
import { CLAIM_CONFLICT, CLAIM_NOT_FOUND } from "./bump-claim-version";
import { editClaimStatement, type ClaimEditData } from "./edit-claim-statement";
import { requireWorkspace } from "./require-workspace";
import type { ClaimPatch, UpdateClaimInput } from "./schema";
import type { ClaimDTO } from "./types";

/** Edits a claim's wording, rating, rationale, tags or status, if nobody changed it meanwhile. */
export async function updateClaim(userId: string, input: UpdateClaimInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const data = await editData(workspace.id, input.patch);
  const outcome = await editClaimStatement({ claimId: input.claimId, workspaceId: workspace.id, actorId: userId, version: input.version }, data);
  if (outcome.kind === "not_found") throw new AppError("NOT_FOUND", CLAIM_NOT_FOUND);
  if (outcome.kind === "conflict") throw new AppError("CONFLICT", CLAIM_CONFLICT);
  return outcome.claim;
}

async function editData(workspaceId: string, patch: ClaimPatch): Promise<ClaimEditData> {
  const data: ClaimEditData = {};
  if (patch.normalizedText !== undefined) data.normalizedText = patch.normalizedText;
  if (patch.tags !== undefined) data.tags = patch.tags;
  if (patch.status !== undefined) data.status = patch.status;
  if (patch.rationale !== undefined) data.rationale = patch.rationale === null ? null : rationaleJSON(patch.rationale);
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
function rationaleJSON(json: unknown): Prisma.InputJsonValue | null {
  try {
    const doc = parseRationaleDoc(json);
    if (doc.textContent.trim() === "" && doc.childCount <= 1) return null;
    return doc.toJSON() as Prisma.InputJsonValue;
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    throw new AppError("INVALID_INPUT", error.message, { "patch.rationale": [error.message] });
  }
}
