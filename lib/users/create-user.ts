import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { SignUpInput } from "@/lib/auth/schema";
import { Prisma } from "@/lib/generated/prisma/client";
import { createDefaultRatingScale } from "@/lib/rating-scale/create-default-rating-scale";
import { AppError } from "@/lib/server/app-error";
import { slugify } from "@/lib/workspaces/slugify";

/** Creates a user with a personal workspace they own, all or nothing. */
export async function createUser(input: SignUpInput) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      const workspace = await tx.workspace.create({
        data: {
          name: `${input.name}'s workspace`.slice(0, 100),
          slug: slugify(input.name),
          personal: true,
          memberships: { create: { userId: user.id, role: "owner" } },
        },
      });
      await createDefaultRatingScale(tx, workspace.id);
      return { user, workspace };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists.", {
        email: ["An account with this email already exists. Sign in instead?"],
      });
    }
    throw error;
  }
}
