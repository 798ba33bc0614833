import { randomBytes } from "node:crypto";
import { createArticle } from "@/lib/articles/create-article";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/users/create-user";

export const TEST_PASSWORD = "correct horse battery staple";

/** A fresh user with a personal workspace; every test makes its own so tests never collide. */
export async function createTestUser(name = "Test Checker") {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${randomBytes(4).toString("hex")}@example.org`;
  return createUser({ name, email, password: TEST_PASSWORD });
}

/** Adds a user to a workspace with a role. */
export async function addMember(workspaceId: string, userId: string, role: Role) {
  return db.membership.create({ data: { workspaceId, userId, role } });
}

/** An article in a workspace, one paragraph per line of `text`, created as `userId`. */
export async function createTestArticle(userId: string, workspaceSlug: string, text: string, title = "Test article") {
  const { articleId } = await createArticle(userId, { workspaceSlug, title, text });
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  return { articleId, plainText: article.plainText, version: article.version };
}

/** A selection of the first occurrence of `quote` in `plainText`, as the browser would send it. */
export function selectionOf(plainText: string, quote: string, occurrence = 0) {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) index = plainText.indexOf(quote, index + 1);
  if (index === -1) throw new Error(`"${quote}" is not in the text`);
  const start = [...plainText.slice(0, index)].length;
  return { exact: quote, prefix: "", suffix: "", start, end: start + [...quote].length };
}
