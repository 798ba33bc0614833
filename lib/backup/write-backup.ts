import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupRecord } from "./backup-records";

/** Rows read per query: memory stays flat however large the workspace is. */
export const BACKUP_PAGE_SIZE = 500;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * The workspace as NDJSON lines (header, then every record type in order), read page by page
 * by id cursor. Never includes password hashes, sessions, tokens, invitations or notifications.
 */
export async function* backupLines(db: PrismaClient, workspaceId: string, now = new Date()): AsyncGenerator<string> {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true, slug: true, approvalsRequired: true } });
  const header: BackupHeader = { type: "header", format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), workspace };
  yield JSON.stringify(header);
  const line = (record: BackupRecord) => JSON.stringify(record);

  for await (const label of paged((after) => db.ratingLabel.findMany({ where: { workspaceId, ...after }, orderBy: { id: "asc" }, take: BACKUP_PAGE_SIZE }))) {
    yield line({ type: "ratingLabel", id: label.id, label: label.label, color: label.color, value: label.value, position: label.position, description: label.description, createdAt: label.createdAt.toISOString(), updatedAt: label.updatedAt.toISOString() });
  }
  for (const member of await people(db, workspaceId)) yield line({ type: "member", ...member });
  for await (const article of paged((after) => db.article.findMany({ where: { workspaceId, ...after }, orderBy: { id: "asc" }, take: BACKUP_PAGE_SIZE }))) {
    yield line({
      type: "article", id: article.id, title: article.title, byline: article.byline, sourceUrl: article.sourceUrl, publishedAt: iso(article.publishedAt),
      content: article.content as never, plainText: article.plainText, createdById: article.createdById, assigneeId: article.assigneeId,
      createdAt: article.createdAt.toISOString(), updatedAt: article.updatedAt.toISOString(), version: article.version,
    });
  }
  for await (const claim of paged((after) => db.claim.findMany({ where: { workspaceId, ...after }, orderBy: { id: "asc" }, take: BACKUP_PAGE_SIZE }))) {
    yield line({
      type: "claim", id: claim.id, articleId: claim.articleId, exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, start: claim.start, end: claim.end,
      anchorStatus: claim.anchorStatus, normalizedText: claim.normalizedText, ratingLabelId: claim.ratingLabelId, rationale: (claim.rationale ?? null) as never,
      tags: claim.tags, status: claim.status, disputed: claim.disputed, reviewRound: claim.reviewRound, submittedAt: iso(claim.submittedAt), approvedAt: iso(claim.approvedAt),
      assigneeId: claim.assigneeId, createdById: claim.createdById, createdAt: claim.createdAt.toISOString(), updatedAt: claim.updatedAt.toISOString(),
      deletedAt: iso(claim.deletedAt), version: claim.version,
    });
  }
  const ofWorkspace = { claim: { workspaceId } };
  for await (const source of paged((after) => db.source.findMany({ where: { ...ofWorkspace, ...after }, orderBy: { id: "asc" }, take: BACKUP_PAGE_SIZE }))) {
    yield line({
      type: "source", id: source.id, claimId: source.claimId, url: source.url, title: source.title, publisher: source.publisher,
      publishedAt: source.publishedAt?.toISOString().slice(0, 10) ?? null, excerpt: source.excerpt, stance: source.stance, position: source.position,
      createdAt: source.createdAt.toISOString(), updatedAt: source.updatedAt.toISOString(),
    });
  }
  for await (const review of paged((after) => db.review.findMany({ where: { ...ofWorkspace, ...after }, orderBy: { id: "asc" }, take: BACKUP_PAGE_SIZE }))) {
    yield line({
      type: "review", id: review.id, claimId: review.claimId, reviewerId: review.reviewerId, round: review.round, decision: review.decision,
      independentRatingLabelId: review.independentRatingLabelId, comment: review.comment, createdAt: review.createdAt.toISOString(),
    });
  }
  for await (const comment of paged((after) => db.comment.findMany({ where: { ...ofWorkspace, ...after }, orderBy: { id: "asc" }, take: BACKUP_PAGE_SIZE }))) {
    yield line({ type: "comment", id: comment.id, claimId: comment.claimId, authorId: comment.authorId, body: comment.body, mentionIds: comment.mentionIds, createdAt: comment.createdAt.toISOString(), deletedAt: iso(comment.deletedAt) });
  }
  for await (const event of paged((after) => db.claimEvent.findMany({ where: { workspaceId, ...after }, orderBy: { id: "asc" }, take: BACKUP_PAGE_SIZE }))) {
    yield line({ type: "claimEvent", id: event.id, claimId: event.claimId, actorId: event.actorId, kind: event.kind, before: (event.before ?? null) as never, after: (event.after ?? null) as never, createdAt: event.createdAt.toISOString() });
  }
}

/** The backup as a gzip'd byte stream, produced as it is read. */
export function createBackupStream(db: PrismaClient, workspaceId: string): ReadableStream<Uint8Array> {
  const lines = backupLines(db, workspaceId);
  const encoder = new TextEncoder();
  const text = new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Batch a few hundred lines per chunk: one chunk per line would make gzip flush constantly.
      let chunk = "";
      while (chunk.length < 64 * 1024) {
        const next = await lines.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += `${next.value}\n`;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return text.pipeThrough(new CompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>);
}

async function* paged<T extends { id: string }>(read: (after: { id?: { gt: string } }) => Promise<T[]>): AsyncGenerator<T> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await read(cursor ? { id: { gt: cursor } } : {});
    yield* rows;
    if (rows.length < BACKUP_PAGE_SIZE) return;
    cursor = rows[rows.length - 1].id;
  }
}

// Members with their roles, then everyone else the workspace's records name (authors,
// reviewers, assignees, mentioned people, history actors) as former members (role null).
async function people(db: PrismaClient, workspaceId: string) {
  const memberships = await db.membership.findMany({ where: { workspaceId }, include: { user: { select: { id: true, email: true, name: true } } }, orderBy: { createdAt: "asc" } });
  const referenced = await db.$queryRaw<{ id: string; email: string; name: string }[]>`
    SELECT u.id, u.email, u.name FROM "User" u WHERE u.id IN (
      SELECT "createdById" FROM "Article" WHERE "workspaceId" = ${workspaceId}
      UNION SELECT "assigneeId" FROM "Article" WHERE "workspaceId" = ${workspaceId}
      UNION SELECT "createdById" FROM "Claim" WHERE "workspaceId" = ${workspaceId}
      UNION SELECT "assigneeId" FROM "Claim" WHERE "workspaceId" = ${workspaceId}
      UNION SELECT r."reviewerId" FROM "Review" r JOIN "Claim" c ON c.id = r."claimId" WHERE c."workspaceId" = ${workspaceId}
      UNION SELECT m."authorId" FROM "Comment" m JOIN "Claim" c ON c.id = m."claimId" WHERE c."workspaceId" = ${workspaceId}
      UNION SELECT unnest(m."mentionIds") FROM "Comment" m JOIN "Claim" c ON c.id = m."claimId" WHERE c."workspaceId" = ${workspaceId}
      UNION SELECT "actorId" FROM "ClaimEvent" WHERE "workspaceId" = ${workspaceId}
    ) ORDER BY u.id`;
  const members = memberships.map(({ user, role, createdAt }) => ({ id: user.id, email: user.email, name: user.name, role, joinedAt: createdAt.toISOString() }));
  const known = new Set(members.map((member) => member.id));
  const former = referenced.filter((user) => !known.has(user.id)).map((user) => ({ ...user, role: null, joinedAt: null }));
  return [...members, ...former];
}
