import { hashPassword } from "../../lib/auth/password";
import { docPlainText } from "../../lib/editor/doc-plain-text";
import { parseArticleDoc } from "../../lib/editor/parse-article-doc";
import { plainTextToDoc } from "../../lib/editor/plain-text-to-doc";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createDefaultRatingScale } from "../../lib/rating-scale/create-default-rating-scale";
import { storeSuggestions } from "../../lib/suggestions/store-suggestions";
import { slugify } from "../../lib/workspaces/slugify";
import { DEMO_PASSWORD, DEMO_WORKSPACE, demoAccounts } from "./demo-accounts";
import { demoArticle } from "./demo-article";

/**
 * Seeds the demo workspace (sample article, one account per role) unless it exists already.
 * Returns whether anything was created, so a restart never duplicates or overwrites data.
 */
export async function seedDemo(db: PrismaClient): Promise<boolean> {
  if (await db.workspace.findUnique({ where: { slug: DEMO_WORKSPACE.slug } })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const doc = parseArticleDoc(plainTextToDoc(demoArticle.paragraphs.join("\n")));

  const { workspaceId, articleId } = await db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({ data: DEMO_WORKSPACE });
    await createDefaultRatingScale(tx, workspace.id);
    const users = [];
    for (const account of demoAccounts) {
      const user = await tx.user.upsert({
        where: { email: account.email },
        update: {},
        create: { email: account.email, name: account.name, passwordHash },
      });
      users.push(user);
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: account.role } });
      // Everyone also has a personal workspace, as a real sign-up would.
      const personal = await tx.workspace.create({
        data: {
          name: `${account.name}'s workspace`,
          slug: slugify(account.name),
          personal: true,
          memberships: { create: { userId: user.id, role: "owner" } },
        },
      });
      await createDefaultRatingScale(tx, personal.id);
    }
    const article = await tx.article.create({
      data: {
        workspaceId: workspace.id,
        title: demoArticle.title,
        byline: demoArticle.byline,
        sourceUrl: demoArticle.sourceUrl,
        publishedAt: demoArticle.publishedAt,
        content: doc.toJSON(),
        plainText: docPlainText(doc),
        createdById: users[0].id,
      },
    });
    return { workspaceId: workspace.id, articleId: article.id };
  });
  // As an import would: the sample article opens with its check-worthy sentences suggested.
  await storeSuggestions(db, workspaceId, articleId);
  return true;
}
