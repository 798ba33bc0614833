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

// Updating, removing and reordering sources are single statements too (update-source.ts,
// remove-source.ts, reorder-sources.ts); the reopening of a reviewed verdict is reopen-sql.ts.
describe("editing a claim's sources", () => {
  const gauge = { url: "https://water.example.gov/gauge/17", title: "River gauge 17", publisher: "Water agency", publishedAt: "2020-01-15", stance: "supports" };
  const press = { url: "http://news.example.org/flood", title: "One flood, officials say", stance: "refutes" };

  /** A claim with the gauge and the press source, as `status`; approved and under-review claims are also disputed. */
  async function withSources(status: "in_progress" | "verdict_proposed" | "approved" = "in_progress") {
    const setup = await team();
    const { owner, members, ref, claim } = setup;
    const first = unwrap(await act.addSource(owner.id, { ...ref, version: claim.version, source: gauge }));
    let current = unwrap(await act.addSource(owner.id, { ...ref, version: first.version, source: press }));
    if (status !== "in_progress") {
      current = unwrap(await review.submit(owner.id, { ...ref, version: current.version }));
      if (status === "approved") current = unwrap(await review.approve(members[0].id, { ...ref, version: current.version }));
      await db.claim.update({ where: { id: claim.id }, data: { disputed: true } });
    }
    const [gaugeId, pressId] = current.sources.map((source) => source.id);
    return { ...setup, current, gaugeId, pressId, eventsBefore: (await claimEventsOf(claim.id)).length };
  }

  const newEvents = async (claimId: string, eventsBefore: number) => (await claimEventsOf(claimId)).slice(eventsBefore);
  const reopening = (from: string) => ({ kind: "status", before: { status: from }, after: { status: "in_progress", reason: "edited after review" } });

  it("updates a source: answers the claim as a fresh read shows it, stores the fields and records what changed", async () => {
    const { owner, ref, claim, current, pressId, eventsBefore } = await withSources();
    const edited = unwrap(await act.updateSource(owner.id, { ...ref, version: current.version, sourceId: pressId, source: { title: press.title, stance: "context", publishedAt: "2019-07-02", publisher: "" } }));
    expect(edited).toEqual(await prismaRead(claim.id));
    expect(edited).toMatchObject({ version: current.version + 1, status: current.status });
    expect(edited.sources.map((source) => [source.title, source.stance, source.publishedAt, source.position])).toEqual([
      ["River gauge 17", "supports", "2020-01-15", 0],
      ["One flood, officials say", "context", "2019-07-02", 1],
    ]);
    const stored = await db.source.findUniqueOrThrow({ where: { id: pressId } });
    expect([stored.stance, stored.publishedAt?.toISOString(), stored.publisher]).toEqual(["context", "2019-07-02T00:00:00.000Z", null]);
    expect(await newEvents(claim.id, eventsBefore)).toEqual([
      {
        kind: "sources",
        actorId: owner.id,
        before: { action: "edited", source: { id: pressId, title: press.title, url: press.url, stance: "refutes", publishedAt: null } },
        after: { action: "edited", source: { id: pressId, title: press.title, url: press.url, stance: "context", publishedAt: "2019-07-02" }, changed: ["publishedAt", "stance"] },
      },
    ]);
  });

  it("records every changed field of a source, in the form's order, with the dates as yyyy-mm-dd", async () => {
    const { owner, ref, claim, current, gaugeId, eventsBefore } = await withSources();
    const source = { url: "https://water.example.gov/gauge/18", title: "River gauge 18", publisher: "", publishedAt: "", excerpt: "Peaks.", stance: "refutes" };
    unwrap(await act.updateSource(owner.id, { ...ref, version: current.version, sourceId: gaugeId, source }));
    const [event] = await newEvents(claim.id, eventsBefore);
    expect(event.before).toEqual({
      action: "edited",
      source: { id: gaugeId, url: gauge.url, title: gauge.title, publisher: "Water agency", publishedAt: "2020-01-15", excerpt: null, stance: "supports" },
    });
    expect(event.after).toEqual({
      action: "edited",
      source: { id: gaugeId, url: source.url, title: source.title, publisher: null, publishedAt: null, excerpt: "Peaks.", stance: "refutes" },
      changed: ["url", "title", "publisher", "publishedAt", "excerpt", "stance"],
    });
  });

  for (const status of ["approved", "verdict_proposed"] as const) {
    it(`reopens a claim that is ${status} when a source is updated or removed: approval and dispute cleared, history says why`, async () => {
      const { owner, members, ref, claim, current, gaugeId, pressId, eventsBefore } = await withSources(status);
      const edited = unwrap(await act.updateSource(owner.id, { ...ref, version: current.version, sourceId: pressId, source: { stance: "context" } }));
      expect(edited).toEqual(await prismaRead(claim.id));
      expect(edited).toMatchObject({ status: "in_progress", approvedAt: null, disputed: false });
      expect((await newEvents(claim.id, eventsBefore)).map(({ kind }) => kind)).toEqual(["sources", "status"]);
      expect((await newEvents(claim.id, eventsBefore))[1]).toMatchObject(reopening(status));

      // Reviewed again, then a source removed.
      let again = unwrap(await review.submit(owner.id, { ...ref, version: edited.version }));
      if (status === "approved") again = unwrap(await review.approve(members[0].id, { ...ref, version: again.version }));
      await db.claim.update({ where: { id: claim.id }, data: { disputed: true } });
      const eventsBeforeRemoval = (await claimEventsOf(claim.id)).length;
      const removed = unwrap(await act.removeSource(owner.id, { ...ref, version: again.version, sourceId: gaugeId }));
      expect(removed).toEqual(await prismaRead(claim.id));
      expect(removed).toMatchObject({ status: "in_progress", approvedAt: null, disputed: false });
      expect(await newEvents(claim.id, eventsBeforeRemoval)).toMatchObject([
        { kind: "sources", before: { action: "removed", source: { id: gaugeId, title: gauge.title, url: gauge.url, stance: "supports" } }, after: { action: "removed" } },
        reopening(status),
      ]);
    });
  }

  it("records nothing and leaves a review alone for an update that changes nothing (a new version all the same)", async () => {
    const { owner, ref, claim, current, pressId, eventsBefore } = await withSources("approved");
    const same = unwrap(await act.updateSource(owner.id, { ...ref, version: current.version, sourceId: pressId, source: { title: press.title, stance: press.stance, publisher: "" } }));
    expect(same).toEqual(await prismaRead(claim.id));
    expect(same).toMatchObject({ version: current.version + 1, status: "approved", disputed: true });
    expect(same.approvedAt).toEqual(current.approvedAt);
    expect(same.sources).toEqual(current.sources);
    expect(await newEvents(claim.id, eventsBefore)).toEqual([]);
  });

  it("removes a source: answers the claim as a fresh read shows it, the others keep their positions", async () => {
    const { owner, ref, claim, current, gaugeId, pressId, eventsBefore } = await withSources();
    const removed = unwrap(await act.removeSource(owner.id, { ...ref, version: current.version, sourceId: gaugeId }));
    expect(removed).toEqual(await prismaRead(claim.id));
    expect(removed.sources.map((source) => [source.id, source.position])).toEqual([[pressId, 1]]);
    expect(removed.version).toBe(current.version + 1);
    expect(await db.source.count({ where: { id: gaugeId } })).toBe(0);
    expect(await newEvents(claim.id, eventsBefore)).toEqual([
      { kind: "sources", actorId: owner.id, before: { action: "removed", source: { id: gaugeId, title: gauge.title, url: gauge.url, stance: "supports" } }, after: { action: "removed" } },
    ]);
  });

  it("reorders the sources: answers the claim as a fresh read shows it, records the orders, and leaves a review alone", async () => {
    const { owner, ref, claim, current, gaugeId, pressId, eventsBefore } = await withSources("approved");
    const reordered = unwrap(await act.reorderSources(owner.id, { ...ref, version: current.version, orderedIds: [pressId, gaugeId] }));
    expect(reordered).toEqual(await prismaRead(claim.id));
    expect(reordered).toMatchObject({ version: current.version + 1, status: "approved", disputed: true });
    expect(reordered.sources.map((source) => [source.id, source.position])).toEqual([[pressId, 0], [gaugeId, 1]]);
    const snapshot = (id: string, source: { title: string; url: string }) => ({ id, title: source.title, url: source.url });
    expect(await newEvents(claim.id, eventsBefore)).toEqual([
      {
        kind: "sources",
        actorId: owner.id,
        before: { action: "reordered", sources: [snapshot(gaugeId, gauge), snapshot(pressId, press)] },
        after: { action: "reordered", sources: [snapshot(pressId, press), snapshot(gaugeId, gauge)] },
      },
    ]);
    // The same order again: a new version, nothing recorded.
    const same = unwrap(await act.reorderSources(owner.id, { ...ref, version: reordered.version, orderedIds: [pressId, gaugeId] }));
    expect(same).toEqual(await prismaRead(claim.id));
    expect(same.version).toBe(reordered.version + 1);
    expect(await newEvents(claim.id, eventsBefore)).toHaveLength(1);
  });

  it("tells a stale version from a missing claim or source, and changes nothing for any of them", async () => {
    const { owner, ref, claim, current, gaugeId, pressId } = await withSources("approved");
    const before = await prismaRead(claim.id);
    const stale = { ...ref, version: current.version - 1 };
    const missing = { ...ref, claimId: "cl000000000000000000nope", version: 1 };
    const attempts = [
      [act.updateSource(owner.id, { ...stale, sourceId: pressId, source: { stance: "context" } }), "CONFLICT"],
      [act.removeSource(owner.id, { ...stale, sourceId: pressId }), "CONFLICT"],
      // The version is checked before the list is.
      [act.reorderSources(owner.id, { ...stale, orderedIds: [pressId] }), "CONFLICT"],
      [act.updateSource(owner.id, { ...missing, sourceId: pressId, source: { stance: "context" } }), "NOT_FOUND"],
      [act.removeSource(owner.id, { ...missing, sourceId: pressId }), "NOT_FOUND"],
      [act.reorderSources(owner.id, { ...missing, orderedIds: [pressId, gaugeId] }), "NOT_FOUND"],
    ] as const;
    for (const [attempt, code] of attempts) expect(await attempt).toMatchObject({ ok: false, code });
    const at = { ...ref, version: current.version };
    expect(await act.updateSource(owner.id, { ...at, sourceId: "cs000000000000000000gone", source: { stance: "context" } })).toMatchObject({ ok: false, code: "NOT_FOUND", error: "That source was removed from the claim." });
    expect(await act.removeSource(owner.id, { ...at, sourceId: "cs000000000000000000gone" })).toMatchObject({ ok: false, code: "NOT_FOUND", error: "That source was already removed from the claim." });
    expect(await act.reorderSources(owner.id, { ...at, orderedIds: [pressId, pressId] })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      error: "The new order must list each of the claim's sources exactly once.",
      fieldErrors: { orderedIds: ["List each source exactly once."] },
    });
    expect(await prismaRead(claim.id)).toEqual(before);
    // A deleted claim's sources are out of reach too.
    unwrap(await act.deleteClaim(owner.id, ref));
    const gone = { ...ref, version: current.version + 1 };
    expect(await act.updateSource(owner.id, { ...gone, sourceId: pressId, source: { stance: "context" } })).toMatchObject({ ok: false, code: "NOT_FOUND", error: "That claim does not exist or was deleted." });
    expect(await act.removeSource(owner.id, { ...gone, sourceId: pressId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await act.reorderSources(owner.id, { ...gone, orderedIds: [pressId, gaugeId] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("lets exactly one of two simultaneous source edits of the same version through", async () => {
    const { owner, ref, claim, current, gaugeId, pressId } = await withSources("approved");
    const writes = await Promise.all([
      act.updateSource(owner.id, { ...ref, version: current.version, sourceId: pressId, source: { stance: "context" } }),
      act.removeSource(owner.id, { ...ref, version: current.version, sourceId: gaugeId }),
    ]);
    expect(writes.filter((write) => write.ok)).toHaveLength(1);
    expect(writes.find((write) => !write.ok)).toMatchObject({ code: "CONFLICT" });
    expect((await claimEventsOf(claim.id)).filter((event) => event.kind === "status" && (event.after as { reason?: string }).reason)).toHaveLength(1);
  });
});
