import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordClaimEvent, type ClaimEventKind } from "./record-claim-event";

/** The editable fields of a claim as stored, before or after an edit. */
export interface ClaimFields {
  normalizedText: string | null;
  ratingLabelId: string | null;
  ratingLabel: { label: string } | null;
  rationale: Prisma.JsonValue | null;
  tags: string[];
  status: string;
}

export const claimFieldsSelect = {
  normalizedText: true,
  ratingLabelId: true,
  ratingLabel: { select: { label: true } },
  rationale: true,
  tags: true,
  status: true,
} as const satisfies Prisma.ClaimSelect;

type Payload = Prisma.InputJsonObject;

const FIELDS: { kind: ClaimEventKind; changed(a: ClaimFields, b: ClaimFields): boolean; payload(fields: ClaimFields): Payload }[] = [
  {
    kind: "verdict",
    changed: (a, b) => a.ratingLabelId !== b.ratingLabelId,
    payload: (f) => ({ ratingLabelId: f.ratingLabelId, label: f.ratingLabel?.label ?? null }),
  },
  { kind: "normalized_text", changed: (a, b) => a.normalizedText !== b.normalizedText, payload: (f) => ({ normalizedText: f.normalizedText }) },
  {
    kind: "rationale",
    changed: (a, b) => !isDeepStrictEqual(a.rationale, b.rationale),
    payload: (f) => ({ rationale: (f.rationale ?? null) as Prisma.InputJsonValue | null }),
  },
  { kind: "tags", changed: (a, b) => !isDeepStrictEqual(a.tags, b.tags), payload: (f) => ({ tags: f.tags }) },
  { kind: "status", changed: (a, b) => a.status !== b.status, payload: (f) => ({ status: f.status }) },
];

/** Records one event per field an edit of a claim actually changed (a verdict and tags → two). */
export async function recordClaimPatch(
  tx: Prisma.TransactionClient,
  ref: { claimId: string; workspaceId: string; actorId: string },
  before: ClaimFields,
  after: ClaimFields,
) {
  for (const field of FIELDS) {
    if (!field.changed(before, after)) continue;
    await recordClaimEvent(tx, { ...ref, kind: field.kind, before: field.payload(before), after: field.payload(after) });
  }
}
