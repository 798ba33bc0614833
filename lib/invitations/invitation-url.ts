import "server-only";
import { env } from "@/lib/env";

/** The link an invitee opens: `${NEXTAUTH_URL}/invite/<token>`. */
export function invitationUrl(token: string): string {
  const { NEXTAUTH_URL, PORT } = env();
  const base = (NEXTAUTH_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, "");
  return `${base}/invite/${token}`;
}
