import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";
import { createDefaultRatingScale } from "@/lib/rating-scale/create-default-rating-scale";
import { slugify } from "@/lib/workspaces/slugify";

/**
 * next-auth's Prisma adapter, typed in this one place: its types expect the classic
 * `@prisma/client` export, which a custom-output Prisma 7 client does not provide (they degrade
 * to any). OAuth sign-ups also get their personal workspace here, like credential sign-ups.
 */
export function factdeskAdapter(): Adapter {
  const base = PrismaAdapter(db as never) as Adapter;
  return {
    ...base,
    async createUser(data: Omit<AdapterUser, "id">) {
      const name = data.name?.trim() || data.email.split("@")[0];
      const { memberships, ...user } = await db.$transaction(async (tx) => {
        const created = await tx.user.create({
          data: {
            email: data.email.toLowerCase(),
            name,
            image: data.image,
            emailVerified: data.emailVerified,
            memberships: {
              create: {
                role: "owner",
                workspace: { create: { name: `${name}'s workspace`, slug: slugify(name), personal: true } },
              },
            },
          },
          include: { memberships: { select: { workspaceId: true } } },
        });
        await createDefaultRatingScale(tx, created.memberships[0].workspaceId);
        return created;
      });
      return { ...user, emailVerified: user.emailVerified };
    },
  };
}
