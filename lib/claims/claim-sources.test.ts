import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestArticle, createTestUser, selectionOf } from "@/test/factories";
import { act, unwrap } from "./test-actions";

async function claimFixture() {
  const { user, workspace } = await createTestUser("Source Owner");
  const article = await createTestArticle(user.id, workspace.slug, "The river flooded twice in 2019.");
  const claim = unwrap(await act.createClaim(user.id, { workspaceSlug: workspace.slug, articleId: article.articleId, anchor: selectionOf(article.plainText, "flooded twice in 2019") }));
  return { user, slug: workspace.slug, claim };
}

const gauge = { url: "https://water.example.gov/gauge/17", title: "River gauge 17", publisher: "Water agency", publishedAt: "2020-01-15", excerpt: "Two peaks above flood stage.", stance: "supports" };
const press = { url: "http://news.example.org/flood", title: "One flood, officials say", stance: "refutes" };

describe("claim sources", () => {
  it("adds, edits, reorders and removes sources, each as a new claim version", async () => {
    const { user, slug, claim } = await claimFixture();
    const ref = { workspaceSlug: slug, claimId: claim.id };
    const one = unwrap(await act.addSource(user.id, { ...ref, version: 1, source: gauge }));
    expect(one.version).toBe(2);
    expect(one.sources).toEqual([{ id: expect.any(String), ...gauge, position: 0 }]);

    const two = unwrap(await act.addSource(user.id, { ...ref, version: 2, source: { ...press, publisher: "", excerpt: "" } }));
    expect(two.sources.map((source) => [source.title, source.publisher, source.publishedAt])).toEqual([
      ["River gauge 17", "Water agency", "2020-01-15"],
      ["One flood, officials say", null, null],
    ]);
    const [gaugeId, pressId] = two.sources.map((source) => source.id);

    const edited = unwrap(await act.updateSource(user.id, { ...ref, version: 3, sourceId: pressId, source: { stance: "context", publishedAt: "2019-07-02" } }));
    expect(edited.sources[1]).toMatchObject({ title: "One flood, officials say", stance: "context", publishedAt: "2019-07-02" });
    expect(edited.version).toBe(4);

    const reordered = unwrap(await act.reorderSources(user.id, { ...ref, version: 4, orderedIds: [pressId, gaugeId] }));
    expect(reordered.sources.map((source) => source.id)).toEqual([pressId, gaugeId]);
    expect(reordered.version).toBe(5);

    const removed = unwrap(await act.removeSource(user.id, { ...ref, version: 5, sourceId: pressId }));
    expect(removed.sources.map((source) => source.id)).toEqual([gaugeId]);
    expect(removed.version).toBe(6);
  });

  it("answers invalid sources with field errors and stores nothing", async () => {
    const { user, slug, claim } = await claimFixture();
    const ref = { workspaceSlug: slug, claimId: claim.id, version: 1 };
    const attempts = [
      [{ ...gauge, url: "javascript:alert(1)" }, "source.url"],
      [{ ...gauge, url: "data:text/html,<script>alert(1)</script>" }, "source.url"],
      [{ ...gauge, url: "https://exa mple.org" }, "source.url"],
      [{ ...gauge, title: "   " }, "source.title"],
      [{ ...gauge, title: "t".repeat(501) }, "source.title"],
      [{ ...gauge, publisher: "p".repeat(201) }, "source.publisher"],
      [{ ...gauge, publishedAt: "15/01/2020" }, "source.publishedAt"],
      [{ ...gauge, publishedAt: "2020-02-30" }, "source.publishedAt"],
      [{ ...gauge, excerpt: "e".repeat(5001) }, "source.excerpt"],
      [{ ...gauge, stance: "neutral" }, "source.stance"],
    ] as const;
    for (const [source, field] of attempts) {
      const result = await act.addSource(user.id, { ...ref, source });
      expect(result, field).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { [field]: [expect.any(String)] } });
    }
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
  });

  it("refuses an edit to a javascript: URL and a reorder that does not list every source once", async () => {
    const { user, slug, claim } = await claimFixture();
    const ref = { workspaceSlug: slug, claimId: claim.id };
    const added = unwrap(await act.addSource(user.id, { ...ref, version: 1, source: gauge }));
    const sourceId = added.sources[0].id;
    expect(await act.updateSource(user.id, { ...ref, version: 2, sourceId, source: { url: "javascript:alert(1)" } })).toMatchObject({ ok: false, fieldErrors: { "source.url": expect.any(Array) } });
    for (const orderedIds of [[], [sourceId, sourceId], ["someone-elses-source"]]) {
      expect(await act.reorderSources(user.id, { ...ref, version: 2, orderedIds })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { sources: true } });
    expect(stored.version).toBe(2);
    expect(stored.sources[0].url).toBe(gauge.url);
  });
});
