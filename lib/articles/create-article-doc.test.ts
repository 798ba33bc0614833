import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/server/run-action";
import { createTestUser } from "@/test/factories";
import { createArticle } from "./create-article";
import { createArticleSchema } from "./schema";

const create = (userId: string, input: unknown) => runAction(createArticleSchema, input, (data) => createArticle(userId, data));

const details = (workspaceSlug: string) => ({ workspaceSlug, title: "Imported", byline: "", sourceUrl: "", publishedAt: "" });

describe("saving an imported document", () => {
  it("stores the document rebuilt from what the editor knows, with its plain text", async () => {
    const { user, workspace } = await createTestUser("Importer");
    const doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Background" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "A ", marks: [{ type: "bold" }] },
            { type: "text", text: "forged link", marks: [{ type: "link", attrs: { href: "javascript:alert(1)", onclick: "x" } }] },
          ],
        },
        { type: "paragraph" },
      ],
    };
    const result = await create(user.id, { ...details(workspace.slug), doc });
    expect(result.ok).toBe(true);
    const stored = await db.article.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    expect(stored.plainText).toBe("Background\nA forged link");
    expect(JSON.stringify(stored.content)).not.toMatch(/javascript|onclick|"link"/);
  });

  it("refuses a document the editor does not know, or one without text, and saves nothing", async () => {
    const { user, workspace } = await createTestUser("Forger");
    const script = { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] };
    const empty = { type: "doc", content: [{ type: "paragraph" }] };
    for (const doc of [script, empty, "<p>raw html</p>"]) {
      expect(await create(user.id, { ...details(workspace.slug), doc })).toMatchObject({ ok: false, error: expect.stringMatching(/Import it again/) });
    }
    expect(await create(user.id, details(workspace.slug))).toMatchObject({ ok: false, fieldErrors: { text: ["Paste the article text."] } });
    expect(await db.article.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });
});
