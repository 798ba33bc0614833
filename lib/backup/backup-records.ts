import { z } from "zod";

// One line of a workspace backup (gzip'd NDJSON). The header comes first, then the records in
// this order, each type complete before the next, so every reference points backwards. Users
// are referred to by their id in the backup; `member` lines map those ids to e-mail addresses.

export const BACKUP_FORMAT = "factdesk.workspace-backup";
export const BACKUP_VERSION = 1;

const date = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(64);
const json = z.json();

export const headerRecord = z.object({
  type: z.literal("header"),
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: date,
  workspace: z.object({ name: z.string(), slug: z.string(), approvalsRequired: z.number().int().min(0).max(10) }),
});

export const backupRecord = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("ratingLabel"), id, label: z.string().min(1).max(40), color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    value: z.number().int(), position: z.number().int(), description: z.string().max(500).nullable(), createdAt: date, updatedAt: date,
  }),
  z.object({
    type: z.literal("member"), id, email: z.email().max(320), name: z.string().max(200),
    // null: the person appears in the history but is no longer a member.
    role: z.enum(["owner", "editor", "reviewer", "viewer"]).nullable(), joinedAt: date.nullable(),
  }),
  z.object({
    type: z.literal("article"), id, title: z.string().max(300), byline: z.string().max(300).nullable(),
    sourceUrl: z.string().max(2048).nullable(), publishedAt: date.nullable(), content: json, plainText: z.string(),
    createdById: id, assigneeId: id.nullable(), createdAt: date, updatedAt: date, version: z.number().int().min(1),
  }),
  z.object({
    type: z.literal("claim"), id, articleId: id, exact: z.string(), prefix: z.string(), suffix: z.string(),
    start: z.number().int().min(0), end: z.number().int().min(0), anchorStatus: z.enum(["anchored", "orphaned"]),
    normalizedText: z.string().max(1000).nullable(), ratingLabelId: id.nullable(), rationale: json.nullable(),
    tags: z.array(z.string()), status: z.enum(["open", "in_progress", "verdict_proposed", "changes_requested", "approved"]),
    disputed: z.boolean(), reviewRound: z.number().int().min(0), submittedAt: date.nullable(), approvedAt: date.nullable(),
    assigneeId: id.nullable(), createdById: id, createdAt: date, updatedAt: date, deletedAt: date.nullable(), version: z.number().int().min(1),
  }),
  z.object({
    type: z.literal("source"), id, claimId: id, url: z.string().max(2048), title: z.string().max(500),
    publisher: z.string().max(200).nullable(), publishedAt: z.iso.date().nullable(), excerpt: z.string().max(5000).nullable(),
    stance: z.enum(["supports", "refutes", "context"]), position: z.number().int(), createdAt: date, updatedAt: date,
  }),
  z.object({
    type: z.literal("review"), id, claimId: id, reviewerId: id, round: z.number().int().min(0),
    decision: z.enum(["approved", "changes_requested"]), independentRatingLabelId: id.nullable(), comment: z.string().max(5000).nullable(), createdAt: date,
  }),
  z.object({
    type: z.literal("comment"), id, claimId: id, authorId: id, body: z.string().max(5000), mentionIds: z.array(id),
    createdAt: date, deletedAt: date.nullable(),
  }),
  z.object({
    type: z.literal("claimEvent"), id, claimId: id, actorId: id, kind: z.string().max(40), before: json.nullable(), after: json.nullable(), createdAt: date,
  }),
]);

export type BackupHeader = z.infer<typeof headerRecord>;
export type BackupRecord = z.infer<typeof backupRecord>;
export type BackupRecordType = BackupRecord["type"];

/** The order record types appear in. */
export const RECORD_ORDER: readonly BackupRecordType[] = ["ratingLabel", "member", "article", "claim", "source", "review", "comment", "claimEvent"];
