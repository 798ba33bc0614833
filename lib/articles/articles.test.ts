import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/server/run-action";
import { addMember, createTestUser } from "@/test/factories";
import { createArticle } from "./create-article";
import { getArticleAnnotationView } from "@/lib/claims/queries";
import { listWorkspaceArticles } from "./queries";
import { createArticleSchema } from "./schema";

const article = (workspaceSlug: string, overrides: Record<string, unknown> = {}) => ({
  workspaceSlug,
  title: "Ceasefire talks suspended",
  byline: "Agency staff",
  sourceUrl: "https://news.example.org/syria",
  publishedAt: "2016-10-03",
  text: "First paragraph.\n\nOn September 10, Russia and the US announced a landmark agreement.",
  ...overrides,
});

const create = (userId: string, input: unknown) => runAction(createArticleSchema, input, (data) => createArticle(userId, data));

describe("articles", () => {
  it("stores the text as editor JSON with its plain text, listed in the workspace", async () => {
    const { user, workspace } = await createTestUser("Article Owner");
    const result = await create(user.id, article(workspace.slug));
    expect(result.ok).toBe(true);
    const listed = await listWorkspaceArticles(user.id, workspace.slug);
    expect(listed?.articles).toHaveLength(1);
    const stored = await db.article.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    expect(stored.plainText).toBe("First paragraph.\nOn September 10, Russia and the US announced a landmark agreement.");
    expect(stored.publishedAt?.toISOString()).toBe("2016-10-03T00:00:00.000Z");
  });

  it("counts each article's claims in the list", async () => {
    const { user, workspace } = await createTestUser("Claim Counter");
    const created = await create(user.id, article(workspace.slug));
    if (!created.ok) throw new Error(created.error);
    const exact = "Russia and the US announced a landmark agreement";
    const start = "First paragraph.\nOn September 10, ".length;
    await db.claim.createMany({
      data: [0, 1].map(() => ({
        workspaceId: workspace.id,
        articleId: created.data.articleId,
        exact,
        start,
        end: start + exact.length,
        createdById: user.id,
      })),
    });
    const listed = await listWorkspaceArticles(user.id, workspace.slug);
    expect(listed?.articles[0].claimCount).toBe(2);
  });

  it("refuses an over-long title with a clear message and saves nothing", async () => {
    const { user, workspace } = await createTestUser("Long Title");
    const result = await create(user.id, article(workspace.slug, { title: "x".repeat(301) }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { title: [expect.stringMatching(/under 300 characters/)] } });
    expect(await db.article.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("refuses a non-web source URL and an empty text", async () => {
    const { user, workspace } = await createTestUser("Bad Source");
    const result = await create(user.id, article(workspace.slug, { sourceUrl: "javascript:alert(1)", text: "   " }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { sourceUrl: [expect.any(String)], text: [expect.any(String)] } });
  });

  it("lets a viewer read but not add articles", async () => {
    const { user: owner, workspace } = await createTestUser("Owner");
    const { user: viewer } = await createTestUser("Viewer");
    await addMember(workspace.id, viewer.id, "viewer");
    const result = await create(viewer.id, article(workspace.slug));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/role/) });
    expect((await listWorkspaceArticles(viewer.id, workspace.slug))?.workspace.role).toBe("viewer");
    expect(await create(owner.id, article(workspace.slug))).toMatchObject({ ok: true });
  });

  it("hides another workspace's articles entirely", async () => {
    const { user: alice, workspace: alicesWorkspace } = await createTestUser("Alice");
    const { user: mallory, workspace: mallorysWorkspace } = await createTestUser("Mallory");
    const created = await create(alice.id, article(alicesWorkspace.slug));
    if (!created.ok) throw new Error(created.error);
    const { articleId } = created.data;
    expect(await getArticleAnnotationView(mallory.id, alicesWorkspace.slug, articleId)).toBeNull();
    // Nor through her own workspace's URL.
    expect(await getArticleAnnotationView(mallory.id, mallorysWorkspace.slug, articleId)).toBeNull();
    expect(await listWorkspaceArticles(mallory.id, alicesWorkspace.slug)).toBeNull();
    expect(await create(mallory.id, article(alicesWorkspace.slug))).toMatchObject({ ok: false });
  });
});
