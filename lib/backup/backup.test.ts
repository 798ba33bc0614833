import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReviewTeam, createTestTeam } from "@/test/factories";
import { restoreBackup } from "./restore-backup";
import { createBackupStream } from "./write-backup";

const CLAIMS = 1_000;

async function seedLargeWorkspace() {
  const team = await createReviewTeam(["reviewer", "editor"]);
  const { owner, workspace, members, labels } = team;
  const [reviewer, editor] = members;
  const words = Array.from({ length: CLAIMS }, (_, index) => `Claim${index} is said here.`);
  const plainText = words.join(" ");
  const article = await db.article.create({
    data: { workspaceId: workspace.id, title: "Big article", byline: "Desk", sourceUrl: "https://example.org/a", publishedAt: new Date("2020-01-02T00:00:00Z"), content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: plainText }] }] }, plainText, createdById: owner.id, assigneeId: editor.id, version: 7 },
  });
  let offset = 0;
  const claimRows = words.map((text, index) => {
    const row = {
      id: `bkclaim${workspace.id}${index}`, workspaceId: workspace.id, articleId: article.id, exact: text, prefix: index ? "here. " : "", suffix: " Claim", start: offset, end: offset + text.length,
      ratingLabelId: labels[index % labels.length].id, rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Why ${index}` }] }] },
      tags: index % 2 ? ["economy"] : [], status: (["open", "approved", "verdict_proposed"] as const)[index % 3], reviewRound: index % 3, disputed: index % 7 === 0,
      approvedAt: index % 3 === 1 ? new Date(Date.UTC(2021, 0, 1, 0, 0, index % 60)) : null, assigneeId: index % 5 ? null : reviewer.id, createdById: owner.id,
      createdAt: new Date(Date.UTC(2021, 0, 1, 0, index % 60)), updatedAt: new Date(Date.UTC(2021, 1, 1)), deletedAt: index % 50 === 0 ? new Date(Date.UTC(2021, 2, 1)) : null, version: 1 + (index % 4),
    };
    offset += text.length + 1;
    return row;
  });
  await db.claim.createMany({ data: claimRows });
  await db.source.createMany({ data: claimRows.map((claim, index) => ({ id: `bksrc${claim.id}`, claimId: claim.id, url: `https://src.example.org/${index}`, title: `Source ${index}`, publisher: index % 2 ? "Pub" : null, publishedAt: new Date("2020-05-06T00:00:00Z"), excerpt: "…", stance: (["supports", "refutes", "context"] as const)[index % 3], position: 0 })) });
  await db.review.createMany({ data: claimRows.filter((_, index) => index % 3 === 1).map((claim) => ({ claimId: claim.id, reviewerId: reviewer.id, round: 1, decision: "approved" as const, independentRatingLabelId: labels[0].id, comment: "ok" })) });
  await db.comment.createMany({ data: claimRows.filter((_, index) => index % 4 === 0).map((claim) => ({ claimId: claim.id, authorId: editor.id, body: "@reviewer look", mentionIds: [reviewer.id] })) });
  await db.claimEvent.createMany({ data: claimRows.map((claim) => ({ claimId: claim.id, workspaceId: workspace.id, actorId: owner.id, kind: "verdict", before: { ratingLabelId: null }, after: { ratingLabelId: claim.ratingLabelId, sourceIds: [`bksrc${claim.id}`] } })) });
  return team;
}

/** Everything of a workspace, with ids replaced by content keys so two copies compare equal. */
async function snapshot(workspaceId: string) {
  const keys = new Map<string, string>();
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { approvalsRequired: true } });
  const labels = await db.ratingLabel.findMany({ where: { workspaceId }, orderBy: { position: "asc" } });
  labels.forEach((label) => keys.set(label.id, `label:${label.label}`));
  const memberships = await db.membership.findMany({ where: { workspaceId }, include: { user: true } });
  const users = await db.user.findMany({ select: { id: true, email: true } });
  users.forEach((user) => keys.set(user.id, `user:${user.email}`));
  const articles = await db.article.findMany({ where: { workspaceId } });
  articles.forEach((article) => keys.set(article.id, `article:${article.title}`));
  const claims = await db.claim.findMany({ where: { workspaceId } });
  claims.forEach((claim) => keys.set(claim.id, `claim:${keys.get(claim.articleId)}:${claim.start}:${claim.exact}`));
  const ofWorkspace = { claim: { workspaceId } };
  const sources = await db.source.findMany({ where: ofWorkspace });
  sources.forEach((source) => keys.set(source.id, `source:${keys.get(source.claimId)}:${source.position}`));
  const [reviews, comments, events] = await Promise.all([db.review.findMany({ where: ofWorkspace }), db.comment.findMany({ where: ofWorkspace }), db.claimEvent.findMany({ where: { workspaceId } })]);
  const swap = (value: unknown): unknown => {
    if (typeof value === "string") return keys.get(value) ?? value;
    if (Array.isArray(value)) return value.map(swap);
    if (value instanceof Date) return value;
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "id" && key !== "workspaceId").map(([key, item]) => [key, swap(item)]));
    return value;
  };
  const sorted = (rows: unknown[]) => rows.map(swap).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    workspace,
    labels: sorted(labels),
    // The restoring owner's own membership is the target's, not the backup's: compare roles.
    members: sorted(memberships.map(({ user, role }) => ({ email: user.email, role }))),
    articles: sorted(articles),
    claims: sorted(claims),
    sources: sorted(sources),
    reviews: sorted(reviews),
    comments: sorted(comments),
    events: sorted(events),
  };
}

async function backupBytes(workspaceId: string) {
  return Buffer.from(await new Response(createBackupStream(db, workspaceId)).arrayBuffer());
}

function streamOf(bytes: Uint8Array) {
  return new Response(new Uint8Array(bytes)).body!;
}

describe("workspace backup", () => {
  it("round-trips a workspace with 1,000 claims without losing anything", async () => {
    const source = await seedLargeWorkspace();
    const bytes = await backupBytes(source.workspace.id);
    const text = gunzipSync(bytes).toString("utf8");
    const lines = text.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ type: "header", format: "factdesk.workspace-backup", version: 1 });
    expect(lines.filter((line) => line.type === "claim")).toHaveLength(CLAIMS + 1);
    expect(text).not.toMatch(/passwordHash|sessionToken|tokenHash|\$argon2/);

    // The target: an empty team workspace of the same owner (the reviewer and editor are added).
    const { slug } = await db.workspace.create({ data: { name: "Restored", slug: `restored-${source.workspace.id}`, memberships: { create: { userId: source.owner.id, role: "owner" } } } });
    const target = await db.workspace.findUniqueOrThrow({ where: { slug } });
    const progress: number[] = [];
    const counts = await restoreBackup(db, target.id, streamOf(bytes), (records) => progress.push(records));
    expect(counts.claim).toBe(CLAIMS + 1);
    expect(counts.usersCreated).toBe(0);
    expect(progress.at(-1)).toBe(lines.length - 1);
    expect(progress.length).toBeGreaterThan(5);

    const before = await snapshot(source.workspace.id);
    const after = await snapshot(target.id);
    expect(after.claims).toHaveLength(CLAIMS + 1);
    expect(after.events.length).toBeGreaterThanOrEqual(CLAIMS);
    for (const key of Object.keys(before) as (keyof typeof before)[]) expect(after[key], key).toEqual(before[key]);
  }, 120_000);

  it("refuses a workspace that has articles, and restores nothing from a broken file", async () => {
    const source = await createReviewTeam();
    const bytes = await backupBytes(source.workspace.id);
    await expect(restoreBackup(db, source.workspace.id, streamOf(bytes))).rejects.toMatchObject({ code: "CONFLICT" });

    const { workspace: empty } = await createTestTeam();
    const lines = gunzipSync(bytes).toString("utf8").trim().split("\n");
    const broken = gzipSync([...lines.slice(0, -1), `{"type":"claimEvent","id":"x"}`].join("\n"));
    await expect(restoreBackup(db, empty.id, streamOf(broken))).rejects.toThrow(/Line \d+ of the backup is not valid/);
    expect(await db.claim.count({ where: { workspaceId: empty.id } })).toBe(0);
    expect(await db.article.count({ where: { workspaceId: empty.id } })).toBe(0);
    await expect(restoreBackup(db, empty.id, streamOf(Buffer.from("not gzip")))).rejects.toThrow(/not a gzip'd Factdesk backup/);
  });

  it("creates people unknown to this instance as users without a password, with their role", async () => {
    const source = await createReviewTeam(["viewer"]);
    const bytes = await backupBytes(source.workspace.id);
    const text = gunzipSync(bytes).toString("utf8").replaceAll(source.members[0].email, "newcomer.restore@example.org");
    const { workspace: empty } = await createTestTeam();
    const counts = await restoreBackup(db, empty.id, streamOf(gzipSync(text)));
    expect(counts.usersCreated).toBe(1);
    const newcomer = await db.user.findUniqueOrThrow({ where: { email: "newcomer.restore@example.org" }, include: { memberships: true } });
    expect(newcomer.passwordHash).toBeNull();
    expect(newcomer.memberships).toEqual([expect.objectContaining({ workspaceId: empty.id, role: "viewer" })]);
  });
});
