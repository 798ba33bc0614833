import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { plainTextToDoc } from "@/lib/editor/plain-text-to-doc";
import type { Role } from "@/lib/generated/prisma/enums";
import { addMember, createTestArticle, createTestUser, selectionOf } from "@/test/factories";
import { getArticleAnnotationView } from "./queries";
import { act, unwrap } from "./test-actions";

const TEXT = "The mayor said crime dropped by half.";
const source = { url: "https://police.example.org/stats", title: "Crime statistics", stance: "refutes" };

async function workspaceWithClaim() {
  const { user: owner, workspace } = await createTestUser("Access Owner");
  const article = await createTestArticle(owner.id, workspace.slug, TEXT);
  const slug = workspace.slug;
  const claim = unwrap(await act.createClaim(owner.id, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(TEXT, "crime dropped by half") }));
  const withSource = unwrap(await act.addSource(owner.id, { workspaceSlug: slug, claimId: claim.id, version: 1, source }));
  return { owner, workspace, slug, article, claim: withSource };
}

/** Every mutation, aimed at the fixture's claim and article through `slug`. */
function everyMutation(fixture: Awaited<ReturnType<typeof workspaceWithClaim>>, slug: string) {
  const { article, claim } = fixture;
  const ref = { workspaceSlug: slug, claimId: claim.id, version: claim.version };
  const sourceId = claim.sources[0].id;
  return {
    createClaim: (userId: string) => act.createClaim(userId, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(TEXT, "The mayor") }),
    updateClaim: (userId: string) => act.updateClaim(userId, { ...ref, patch: { status: "in_progress" } }),
    deleteClaim: (userId: string) => act.deleteClaim(userId, { workspaceSlug: slug, claimId: claim.id }),
    restoreClaim: (userId: string) => act.restoreClaim(userId, { workspaceSlug: slug, claimId: claim.id }),
    reattachClaim: (userId: string) => act.reattachClaim(userId, { ...ref, anchor: selectionOf(TEXT, "The mayor") }),
    addSource: (userId: string) => act.addSource(userId, { ...ref, source }),
    updateSource: (userId: string) => act.updateSource(userId, { ...ref, sourceId, source: { title: "Forged" } }),
    removeSource: (userId: string) => act.removeSource(userId, { ...ref, sourceId }),
    reorderSources: (userId: string) => act.reorderSources(userId, { ...ref, orderedIds: [sourceId] }),
    updateArticle: (userId: string) =>
      act.updateArticle(userId, { workspaceSlug: slug, articleId: article.articleId, version: article.version, title: "Forged", content: plainTextToDoc("Forged.") }),
  };
}

async function snapshot(workspaceId: string) {
  return db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    include: { articles: { include: { claims: { include: { sources: true } } } } },
  });
}

describe("who may annotate", () => {
  it("lets a viewer read the annotation view but refuses each of their forged mutations", async () => {
    const fixture = await workspaceWithClaim();
    const { user: viewer } = await createTestUser("Viewer");
    await addMember(fixture.workspace.id, viewer.id, "viewer");
    const view = await getArticleAnnotationView(viewer.id, fixture.slug, fixture.article.articleId);
    expect(view?.claims).toHaveLength(1);
    expect(view?.permissions).toEqual({ annotate: false, editArticle: false, manageScale: false });

    const before = await snapshot(fixture.workspace.id);
    for (const [name, mutate] of Object.entries(everyMutation(fixture, fixture.slug))) {
      expect(await mutate(viewer.id), name).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await snapshot(fixture.workspace.id)).toEqual(before);
  });

  it("lets reviewers and editors annotate, and only editors and owners edit the article", async () => {
    const fixture = await workspaceWithClaim();
    const roles: Role[] = ["reviewer", "editor"];
    for (const role of roles) {
      const { user } = await createTestUser(role);
      await addMember(fixture.workspace.id, user.id, role);
      const view = await getArticleAnnotationView(user.id, fixture.slug, fixture.article.articleId);
      expect(view?.permissions).toEqual({ annotate: true, editArticle: role === "editor", manageScale: false });
      expect(await everyMutation(fixture, fixture.slug).createClaim(user.id), role).toMatchObject({ ok: true });
    }
    const { user: reviewer } = await createTestUser("Reviewer Two");
    await addMember(fixture.workspace.id, reviewer.id, "reviewer");
    expect(await everyMutation(fixture, fixture.slug).updateArticle(reviewer.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("answers a member of another workspace NOT_FOUND for the query and every mutation, whichever workspace they name", async () => {
    const fixture = await workspaceWithClaim();
    const { user: mallory, workspace: mallorysWorkspace } = await createTestUser("Mallory");
    expect(await getArticleAnnotationView(mallory.id, fixture.slug, fixture.article.articleId)).toBeNull();
    expect(await getArticleAnnotationView(mallory.id, mallorysWorkspace.slug, fixture.article.articleId)).toBeNull();

    const before = await snapshot(fixture.workspace.id);
    for (const slug of [fixture.slug, mallorysWorkspace.slug]) {
      for (const [name, mutate] of Object.entries(everyMutation(fixture, slug))) {
        expect(await mutate(mallory.id), `${name} via ${slug}`).toMatchObject({ ok: false, code: "NOT_FOUND" });
      }
    }
    expect(await snapshot(fixture.workspace.id)).toEqual(before);
    expect(await db.claim.count({ where: { workspaceId: mallorysWorkspace.id } })).toBe(0);
  });
});

describe("rationale content", () => {
  const linkDoc = (href: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "see", marks: [{ type: "link", attrs: { href } }] }] }] });

  it("refuses script links, unknown nodes and marks, and stores nothing", async () => {
    const fixture = await workspaceWithClaim();
    const forged = [
      linkDoc("javascript:alert(1)"),
      linkDoc(" JaVaScRiPt:alert(1)"),
      linkDoc("java\nscript:alert(1)"),
      linkDoc("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
      { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] },
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "code" }] }] }] },
      { type: "doc", content: [{ type: "image", attrs: { src: "x", onerror: "alert(1)" } }] },
      "<p onclick=alert(1)>html</p>",
    ];
    for (const rationale of forged) {
      const result = await act.updateClaim(fixture.owner.id, { workspaceSlug: fixture.slug, claimId: fixture.claim.id, version: fixture.claim.version, patch: { rationale } });
      expect(result, JSON.stringify(rationale)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
    expect((await db.claim.findUniqueOrThrow({ where: { id: fixture.claim.id } })).rationale).toBeNull();
  });

  it("strips event-handler attributes and forged link attributes from what it stores", async () => {
    const fixture = await workspaceWithClaim();
    const rationale = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          attrs: { onerror: "alert(1)", style: "background:url(javascript:alert(1))" },
          content: [{ type: "text", text: "Police data", marks: [{ type: "link", attrs: { href: "https://police.example.org", onclick: "alert(1)", target: "_self", class: "x" } }] }],
        },
      ],
    };
    const saved = unwrap(await act.updateClaim(fixture.owner.id, { workspaceSlug: fixture.slug, claimId: fixture.claim.id, version: fixture.claim.version, patch: { rationale } }));
    const stored = JSON.stringify((await db.claim.findUniqueOrThrow({ where: { id: fixture.claim.id } })).rationale);
    expect(stored).not.toMatch(/onerror|onclick|style|_self/);
    expect(saved.rationale).toEqual({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "Police data", marks: [{ type: "link", attrs: { href: "https://police.example.org/", target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null } }] }],
        },
      ],
    });
  });
});
