import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
}

/**
 * The signed-in user, or null. The token alone is not trusted: the user must still exist and
 * the token's sessionVersion must match, so deleted accounts and changed passwords end sessions.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, sessionVersion: true },
  });
  if (!user || session.sessionVersion !== user.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email };
});

/** The signed-in user; signed-out visitors are sent to sign-in and brought back afterwards. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}
