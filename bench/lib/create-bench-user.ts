import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createDefaultRatingScale } from "../../lib/rating-scale/create-default-rating-scale";
import { slugify } from "../../lib/workspaces/slugify";

export interface BenchUser {
  id: string;
  email: string;
  password: string;
  workspace: { id: string; slug: string };
}

/**
 * A user who owns a fresh workspace with the default rating scale, created directly with Prisma
 * (as prisma/seed/seed-demo.ts does: lib/users/create-user.ts is server-only).
 */
export async function createBenchUser(db: PrismaClient, name = "Bench Checker"): Promise<BenchUser> {
  const email = `bench.${randomBytes(5).toString("hex")}@example.org`;
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, passwordHash } });
    const workspace = await tx.workspace.create({
      data: {
        name: `${name}'s workspace`,
        slug: slugify(name),
        personal: true,
        memberships: { create: { userId: user.id, role: "owner" } },
      },
    });
    await createDefaultRatingScale(tx, workspace.id);
    return { id: user.id, email, password, workspace: { id: workspace.id, slug: workspace.slug } };
  });
}
