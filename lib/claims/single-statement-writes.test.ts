import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { review } from "@/lib/review/test-actions";
import { claimEventsOf, createReviewTeam, selectionOf } from "@/test/factories";
import { loadClaimDTO } from "./load-claim-dto";
import { getClaim } from "./queries";
import { SOURCES_MAX } from "./schema";
import type { ClaimDTO } from "./types";
import { act, unwrap } from "./test-actions";

// updateClaim runs as one SQL statement (edit-claim-statement.ts) and claim writes answer through
// one SQL read (claim-dto-sql.ts); these pin down what they must do beyond the field-by-field
// history (lib/history/history.test.ts).

// The oracle: the claim as Prisma reads it (include of sources and people), mapped by hand.
async function prismaRead(claimId: string): Promise<ClaimDTO> {
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    include: { sources: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] }, createdBy: { select: { id: true, name: true } }, assignee: { select: { id: true, name: true } } },
  });
  return {
    id: claim.id,
    articleId: claim.articleId,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    start: claim.start,
    end: claim.end,
    anchorStatus: claim.anchorStatus,
    normalizedText: claim.normalizedText,
    ratingLabelId: claim.ratingLabelId,
    rationale: (claim.rationale as ClaimDTO["rationale"]) ?? null,
    tags: claim.tags,
    status: claim.status,
    sources: claim.sources.map((source) => ({
      id: source.id,
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      publishedAt: source.publishedAt ? source.publishedAt.toISOString().slice(0, 10) : null,
      excerpt: source.excerpt,
      stance: source.stance,
      position: source.position,
    })),
    assignee: claim.assignee,
    disputed: claim.disputed,
    reviewRound: claim.reviewRound,
    submittedAt: claim.submittedAt?.toISOString() ?? null,
    approvedAt: claim.approvedAt?.toISOString() ?? null,
    createdBy: claim.createdBy,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    version: claim.version,
  };
}

async function team() {
  const setup = await createReviewTeam(["reviewer"]);
  return { ...setup, ref: { workspaceSlug: setup.slug, claimId: setup.claim.id } };
}

describe("a claim edit", () => {
  it("answers the claim exactly as a fresh read shows it: sources in order, author, assignee", async () => {
    const { owner, members, ref, claim } = await team();
    let version = claim.version;
    for (const title of ["Labour survey", "Census table"]) {
      version = unwrap(await act.addSource(owner.id, { ...ref, version, source: { url: `https://example.org/${title.length}`, title, stance: "refutes", publishedAt: "2016-04-01" } })).version;
    }
    version = unwrap(await review.assignClaim(owner.id, { ...ref, version, assigneeId: members[0].id })).version;
    const edited = unwrap(await act.updateClaim(owner.id, { ...ref, version, patch: { normalizedText: "Unemployment was 3%", tags: ["jobs"] } }));
    // Compared with Prisma's own read, not the shared SQL (claim-dto-sql.ts) the edit answers with.
    expect(edited).toEqual(await prismaRead(claim.id));
    expect(await loadClaimDTO(db, claim.id)).toEqual(edited);
    expect(edited.sources.map((source) => [source.title, source.publishedAt])).toEqual([["Labour survey", "2016-04-01"], ["Census table", "2016-04-01"]]);
    expect(edited.assignee).toEqual({ id: members[0].id, name: members[0].name });
    expect(edited.version).toBe(version + 1);
  });

  it("reopens an approved claim whose verdict changes: approval and dispute cleared, then history says why", async () => {
    const { owner, members, ref, claim, labels } = await team();
    const submitted = unwrap(await review.submit(owner.id, { ...ref, version: claim.version }));
    const approved = unwrap(await review.approve(members[0].id, { ...ref, version: submitted.version }));
    await db.claim.update({ where: { id: claim.id }, data: { disputed: true } });
    const edited = unwrap(await act.updateClaim(owner.id, { ...ref, version: approved.version, patch: { ratingLabelId: labels[2].id, tags: ["jobs"] } }));
    expect(edited).toMatchObject({ status: "in_progress", approvedAt: null, disputed: false });
    const events = (await claimEventsOf(claim.id)).slice(-3);
    expect(events.map((event) => event.kind)).toEqual(["verdict", "tags", "status"]);
    expect(events[2]).toMatchObject({ before: { status: "approved" }, after: { status: "in_progress", reason: "edited after review" } });
  });

  it("tells a stale version from a deleted claim, and changes nothing for either", async () => {
    const { owner, ref, claim } = await team();
    const before = await loadClaimDTO(db, claim.id);
    expect(await act.updateClaim(owner.id, { ...ref, version: claim.version + 5, patch: { tags: ["late"] } })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await act.updateClaim(owner.id, { ...ref, claimId: "cl000000000000000000nope", version: 1, patch: { tags: ["x"] } })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await getClaim(owner.id, ref)).toEqual(before);
    unwrap(await act.deleteClaim(owner.id, ref));
    expect(await act.updateClaim(owner.id, { ...ref, version: claim.version + 1, patch: { tags: ["gone"] } })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Opening it reads the same SQL, limited to live claims of the member's workspace.
    await expect(getClaim(owner.id, ref)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).tags).toEqual(before.tags);
  });

  it("lets exactly one of two simultaneous edits of the same version through", async () => {
    const { owner, ref, claim } = await team();
    const edits = await Promise.all(["first", "second"].map((word) => act.updateClaim(owner.id, { ...ref, version: claim.version, patch: { normalizedText: word } })));
    expect(edits.filter((edit) => edit.ok)).toHaveLength(1);
    expect(edits.find((edit) => !edit.ok)).toMatchObject({ code: "CONFLICT" });
    const events = (await claimEventsOf(claim.id)).filter((event) => event.kind === "normalized_text");
    expect(events).toHaveLength(1);
  });
});

describe("creating a claim", () => {
  it("answers the claim as a fresh read shows it", async () => {
    const { owner, slug, article } = await team();
    const created = unwrap(await act.createClaim(owner.id, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(article.plainText, "Exports doubled") }));
    expect(created).toEqual(await prismaRead(created.id));
    expect(created).toMatchObject({ exact: "Exports doubled", status: "open", version: 1, sources: [], assignee: null, createdBy: { id: owner.id } });
  });
});

describe("adding a source", () => {
  const source = (index: number) => ({ url: `https://example.org/report/${index}`, title: `Report ${index}`, stance: "context" });

  it("answers the claim as a fresh read shows it, the new source last, and records it", async () => {
    const { owner, ref, claim } = await team();
    const first = unwrap(await act.addSource(owner.id, { ...ref, version: claim.version, source: { ...source(1), publisher: "Statistics Office", publishedAt: "2016-04-01" } }));
    const second = unwrap(await act.addSource(owner.id, { ...ref, version: first.version, source: source(2) }));
    expect(second).toEqual(await prismaRead(claim.id));
    expect(second.sources.map((each) => [each.title, each.position, each.publisher, each.publishedAt])).toEqual([
      ["Report 1", 0, "Statistics Office", "2016-04-01"],
      ["Report 2", 1, null, null],
    ]);
    const events = (await claimEventsOf(claim.id)).filter((event) => event.kind === "sources");
    expect(events.map((event) => event.after)).toEqual(second.sources.map((each) => ({ action: "added", source: { id: each.id, title: each.title, url: each.url, stance: "context" } })));
  });

  it(`stops at ${SOURCES_MAX} sources with a clear message, and a stale version is a conflict`, async () => {
    const { owner, ref, claim } = await team();
    let version = claim.version;
    for (let index = 0; index < SOURCES_MAX; index++) version = unwrap(await act.addSource(owner.id, { ...ref, version, source: source(index) })).version;
    expect(await act.addSource(owner.id, { ...ref, version, source: source(99) })).toMatchObject({ ok: false, code: "INVALID_INPUT", error: `A claim can have at most ${SOURCES_MAX} sources.` });
    expect(await act.addSource(owner.id, { ...ref, version: version - 1, source: source(99) })).toMatchObject({ ok: false, code: "CONFLICT" });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { sources: true } });
    expect([stored.version, stored.sources.length]).toEqual([version, SOURCES_MAX]);
  });
});
