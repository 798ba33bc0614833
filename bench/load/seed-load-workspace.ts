import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { docPlainText } from "../../lib/editor/doc-plain-text";
import { parseArticleDoc } from "../../lib/editor/parse-article-doc";
import { plainTextToDoc } from "../../lib/editor/plain-text-to-doc";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createBenchUser } from "../lib/create-bench-user";
import { createRandom } from "../lib/random";
import { generateLoadArticle, type LoadArticleText } from "./article-text";

export interface LoadAnnotator {
  email: string;
  articleId: string;
}

export interface LoadWorkspace {
  slug: string;
  /** Every annotator's password (one hash computed once: argon2 is slow on purpose). */
  password: string;
  annotators: LoadAnnotator[];
  article: LoadArticleText;
}

/**
 * One workspace with `count` annotators (its owner and editors), each with an article of their
 * own, created directly with Prisma as the other benchmarks do (the lib/ mutations are server-only).
 */
export async function seedLoadWorkspace(db: PrismaClient, count: number): Promise<LoadWorkspace> {
  const article = generateLoadArticle(createRandom(8));
  const doc = parseArticleDoc(plainTextToDoc(article.plainText));
  if (docPlainText(doc) !== article.plainText) throw new Error("the load article does not survive the editor schema unchanged");

  const owner = await createBenchUser(db, "Load Owner");
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  await db.user.update({ where: { id: owner.id }, data: { passwordHash } });
  const members = [{ id: owner.id, email: owner.email }];
  for (let index = 1; index < count; index++) {
    const email = `load.${index}.${randomBytes(3).toString("hex")}@example.org`;
    const user = await db.user.create({
      data: { email, name: `Annotator ${index}`, passwordHash, memberships: { create: { workspaceId: owner.workspace.id, role: "editor" } } },
      select: { id: true, email: true },
    });
    members.push(user);
  }
  const annotators: LoadAnnotator[] = [];
  for (const [index, member] of members.entries()) {
    const { id: articleId } = await db.article.create({
      data: { workspaceId: owner.workspace.id, title: `Load article ${index + 1}`, content: doc.toJSON(), plainText: article.plainText, createdById: member.id },
      select: { id: true },
    });
    annotators.push({ email: member.email, articleId });
  }
  return { slug: owner.workspace.slug, password, annotators, article };
}
