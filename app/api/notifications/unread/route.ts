import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { countUnread } from "@/lib/notifications/queries";
import { withRetryableErrors } from "@/lib/server/unavailable";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** The signed-in user's unread notification count, polled by the bell. */
export const GET = withRetryableErrors(async () => {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to see notifications." }, { status: 401, headers: NO_STORE });
  return NextResponse.json({ unread: await countUnread(user.id) }, { headers: NO_STORE });
});
