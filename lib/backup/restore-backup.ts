import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";
import { backupRecord, headerRecord, RECORD_ORDER, type BackupRecord, type BackupRecordType } from "./backup-records";
import { readGzipLines } from "./read-lines";

const BATCH = 500;
/** Decompressed size a restore accepts. */
const MAX_BACKUP_CHARS = 2 * 1024 ** 3;

export type RestoreCounts = Record<BackupRecordType, number> & { usersCreated: number };

type Tx = Prisma.TransactionClient;

/** CONFLICT unless the workspace has no articles and no claims (a restore never merges). */
export async function assertEmptyWorkspace(db: PrismaClient | Tx, workspaceId: string) {
  const [articles, claims] = await Promise.all([db.article.count({ where: { workspaceId } }), db.claim.count({ where: { workspaceId } })]);
  if (articles + claims > 0) {
    throw new AppError("CONFLICT", "This workspace already has articles. Restore into an empty workspace (create a new one), so nothing is mixed or overwritten.");
  }
}

/**
 * Restores a gzip'd NDJSON backup (see backup-records.ts) into an EMPTY workspace, in one
 * transaction: all or nothing. Records get new ids and keep their content, timestamps,
 * versions and history. People are matched by e-mail; unknown ones are created as users
 * without a password (they can sign in once they set one). Members keep their backed-up role;
 * someone already in the target keeps their current role. The rating scale is replaced.
 */
export async function restoreBackup(
  db: PrismaClient,
  workspaceId: string,
  body: ReadableStream<Uint8Array>,
  onProgress: (records: number) => void = () => {},
): Promise<RestoreCounts> {
  return db.$transaction(
    async (tx) => {
      // Serializes restores of one workspace; the emptiness check below is then reliable.
      await tx.$executeRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
      await assertEmptyWorkspace(tx, workspaceId);
      const restorer = new Restorer(tx, workspaceId, onProgress);
      let lineNumber = 0;
      try {
        for await (const line of readGzipLines(body, MAX_BACKUP_CHARS)) {
          lineNumber++;
          await restorer.add(parseLine(line, lineNumber), lineNumber);
        }
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (error instanceof RangeError) throw new AppError("INVALID_INPUT", error.message);
        const zlibError = typeof (error as { code?: unknown }).code === "string" && (error as { code: string }).code.startsWith("Z_");
        if (zlibError || error instanceof TypeError) throw new AppError("INVALID_INPUT", "That file is not a gzip'd Factdesk backup.");
        throw error;
      }
      if (lineNumber === 0) throw new AppError("INVALID_INPUT", "That backup is empty.");
      return restorer.finish();
    },
    { timeout: 30 * 60_000, maxWait: 10_000 },
  );
}

function parseLine(line: string, lineNumber: number): { header: true; data: ReturnType<typeof headerRecord.parse> } | { header: false; data: BackupRecord } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new AppError("INVALID_INPUT", `Line ${lineNumber} of the backup is not JSON.`);
  }
  const schema = lineNumber === 1 ? headerRecord : backupRecord;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const what = lineNumber === 1 ? "The backup's header (line 1)" : `Line ${lineNumber} of the backup`;
    throw new AppError("INVALID_INPUT", `${what} is not valid: ${issue.path.join(".") || "record"}: ${issue.message}.`);
  }
  return lineNumber === 1 ? { header: true, data: parsed.data as ReturnType<typeof headerRecord.parse> } : { header: false, data: parsed.data as BackupRecord };
}

function newId() {
  return `c${randomBytes(12).toString("hex")}`;
}

class Restorer {
  private ids = new Map<string, string>();
  private pending: BackupRecord[] = [];
  private stage = -1;
  private processed = 0;
  private counts: RestoreCounts = { ratingLabel: 0, member: 0, article: 0, claim: 0, source: 0, review: 0, comment: 0, claimEvent: 0, usersCreated: 0 };
  private sawHeader = false;

  constructor(
    private tx: Tx,
    private workspaceId: string,
    private onProgress: (records: number) => void,
  ) {}

  async add(line: ReturnType<typeof parseLine>, lineNumber: number) {
    if (line.header) {
      this.sawHeader = true;
      await this.tx.workspace.update({ where: { id: this.workspaceId }, data: { approvalsRequired: line.data.workspace.approvalsRequired } });
      return;
    }
    if (!this.sawHeader) throw new AppError("INVALID_INPUT", "The backup has no header line.");
    const record = line.data;
    const stage = RECORD_ORDER.indexOf(record.type);
    if (stage < this.stage) throw new AppError("INVALID_INPUT", `Line ${lineNumber}: a ${record.type} record comes after ${RECORD_ORDER[this.stage]} records; the backup is out of order.`);
    if (stage !== this.stage || this.pending.length >= BATCH) await this.flush();
    if (stage !== this.stage && record.type === "ratingLabel") await this.tx.ratingLabel.deleteMany({ where: { workspaceId: this.workspaceId } });
    this.stage = stage;
    if (this.ids.has(record.id)) throw new AppError("INVALID_INPUT", `Line ${lineNumber}: the id ${record.id} appears twice.`);
    this.ids.set(record.id, record.type === "member" ? "" : newId());
    this.pending.push(record);
  }

  async finish(): Promise<RestoreCounts> {
    await this.flush();
    return this.counts;
  }

  private ref(old: string, what: string): string {
    const mapped = this.ids.get(old);
    if (!mapped) throw new AppError("INVALID_INPUT", `The backup refers to a ${what} (${old}) it does not contain.`);
    return mapped;
  }

  private optionalRef(old: string | null, what: string): string | null {
    return old === null ? null : this.ref(old, what);
  }

  // History snapshots hold ids (labels, sources, people): rewrite every string that is a
  // backed-up id to its new id. Ids are unique random strings, so nothing else matches.
  private remap(value: Prisma.JsonValue): Prisma.JsonValue {
    if (typeof value === "string") return this.ids.get(value) || value;
    if (Array.isArray(value)) return value.map((item) => this.remap(item));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.remap(item as Prisma.JsonValue)]));
    return value;
  }

  private async flush() {
    const records = this.pending;
    this.pending = [];
    if (records.length === 0) return;
    const { tx, workspaceId } = this;
    const json = (value: Prisma.JsonValue | null) => (value === null ? undefined : (value as Prisma.InputJsonValue));
    const date = (value: string | null) => (value === null ? null : new Date(value));
    const type = records[0].type;
    switch (type) {
      case "ratingLabel":
        await tx.ratingLabel.createMany({ data: records.map((r) => r.type === "ratingLabel" && { id: this.ids.get(r.id)!, workspaceId, label: r.label, color: r.color, value: r.value, position: r.position, description: r.description, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) }).filter((r) => r !== false) });
        break;
      case "member":
        for (const r of records) if (r.type === "member") await this.restoreMember(r);
        break;
      case "article":
        await tx.article.createMany({
          data: records.flatMap((r) => r.type !== "article" ? [] : [{
            id: this.ids.get(r.id)!, workspaceId, title: r.title, byline: r.byline, sourceUrl: r.sourceUrl, publishedAt: date(r.publishedAt),
            content: r.content as Prisma.InputJsonValue, plainText: r.plainText, createdById: this.ref(r.createdById, "person"),
            assigneeId: this.optionalRef(r.assigneeId, "person"), createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt), version: r.version,
          }]),
        });
        break;
      case "claim":
        await tx.claim.createMany({
          data: records.flatMap((r) => r.type !== "claim" ? [] : [{
            id: this.ids.get(r.id)!, workspaceId, articleId: this.ref(r.articleId, "article"), exact: r.exact, prefix: r.prefix, suffix: r.suffix, start: r.start, end: r.end,
            anchorStatus: r.anchorStatus, normalizedText: r.normalizedText, ratingLabelId: this.optionalRef(r.ratingLabelId, "rating label"), rationale: json(r.rationale),
            tags: r.tags, status: r.status, disputed: r.disputed, reviewRound: r.reviewRound, submittedAt: date(r.submittedAt), approvedAt: date(r.approvedAt),
            assigneeId: this.optionalRef(r.assigneeId, "person"), createdById: this.ref(r.createdById, "person"), createdAt: new Date(r.createdAt),
            updatedAt: new Date(r.updatedAt), deletedAt: date(r.deletedAt), version: r.version,
          }]),
        });
        break;
      case "source":
        await tx.source.createMany({
          data: records.flatMap((r) => r.type !== "source" ? [] : [{
            id: this.ids.get(r.id)!, claimId: this.ref(r.claimId, "claim"), url: r.url, title: r.title, publisher: r.publisher,
            publishedAt: r.publishedAt ? new Date(`${r.publishedAt}T00:00:00Z`) : null, excerpt: r.excerpt, stance: r.stance, position: r.position,
            createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt),
          }]),
        });
        break;
      case "review":
        await tx.review.createMany({
          data: records.flatMap((r) => r.type !== "review" ? [] : [{
            id: this.ids.get(r.id)!, claimId: this.ref(r.claimId, "claim"), reviewerId: this.ref(r.reviewerId, "person"), round: r.round, decision: r.decision,
            independentRatingLabelId: this.optionalRef(r.independentRatingLabelId, "rating label"), comment: r.comment, createdAt: new Date(r.createdAt),
          }]),
        });
        break;
      case "comment":
        await tx.comment.createMany({
          data: records.flatMap((r) => r.type !== "comment" ? [] : [{
            id: this.ids.get(r.id)!, claimId: this.ref(r.claimId, "claim"), authorId: this.ref(r.authorId, "person"), body: r.body,
            mentionIds: r.mentionIds.map((id) => this.ids.get(id)).filter((id): id is string => Boolean(id)), createdAt: new Date(r.createdAt), deletedAt: date(r.deletedAt),
          }]),
        });
        break;
      case "claimEvent":
        await tx.claimEvent.createMany({
          data: records.flatMap((r) => r.type !== "claimEvent" ? [] : [{
            id: this.ids.get(r.id)!, workspaceId, claimId: this.ref(r.claimId, "claim"), actorId: this.ref(r.actorId, "person"), kind: r.kind,
            before: json(r.before === null ? null : this.remap(r.before)), after: json(r.after === null ? null : this.remap(r.after)), createdAt: new Date(r.createdAt),
          }]),
        });
        break;
    }
    this.counts[type] += records.length;
    this.processed += records.length;
    this.onProgress(this.processed);
  }

  private async restoreMember(r: Extract<BackupRecord, { type: "member" }>) {
    const email = r.email.toLowerCase();
    let user = await this.tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) {
      user = await this.tx.user.create({ data: { email, name: r.name, passwordHash: null }, select: { id: true } });
      this.counts.usersCreated++;
    }
    this.ids.set(r.id, user.id);
    if (r.role) {
      const existing = await this.tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: this.workspaceId, userId: user.id } } });
      if (!existing) await this.tx.membership.create({ data: { workspaceId: this.workspaceId, userId: user.id, role: r.role, createdAt: r.joinedAt ? new Date(r.joinedAt) : undefined } });
    }
  }
}
