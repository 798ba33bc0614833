import type { ClaimDTO } from "@/lib/claims/types";
import type { ClaimPatch, ClaimPatchField } from "./claim-actions";

/** The fields set in a patch (a key holding undefined does not count). */
export function patchFields(patch: ClaimPatch): ClaimPatchField[] {
  return (Object.keys(patch) as ClaimPatchField[]).filter((field) => patch[field] !== undefined);
}

/** Merges a newer edit into the unsaved one: for the same field the later edit wins. */
export function mergePendingPatch(pending: ClaimPatch, edit: ClaimPatch): ClaimPatch {
  const merged: ClaimPatch = { ...pending };
  for (const field of patchFields(edit)) {
    (merged as Record<string, unknown>)[field] = edit[field];
  }
  return merged;
}

/**
 * What is still unsaved once the server accepted `sent`. A field edited again while the request
 * was in flight holds a newer value than the one sent, so it stays pending and goes out next.
 */
export function settlePendingPatch(pending: ClaimPatch, sent: ClaimPatch): ClaimPatch {
  const rest: ClaimPatch = {};
  for (const field of patchFields(pending)) {
    if (!Object.is(pending[field], sent[field])) (rest as Record<string, unknown>)[field] = pending[field];
  }
  return rest;
}

/** The patch without some fields (fields the server refused wait for the user to edit them). */
export function omitPatchFields(patch: ClaimPatch, fields: Iterable<ClaimPatchField>): ClaimPatch {
  const rest: ClaimPatch = { ...patch };
  for (const field of fields) delete rest[field];
  return rest;
}

/** The claim as the user sees it: the server's copy with their unsaved edits on top. */
export function applyPendingPatch(claim: ClaimDTO, pending: ClaimPatch): ClaimDTO {
  return { ...claim, ...mergePendingPatch({}, pending) };
}
