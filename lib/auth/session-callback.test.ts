import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser } from "@/test/factories";
import { authOptions } from "./options";

// What next-auth's own /api/auth/session answers for a token (the app itself never calls it).
async function sessionEndpointFor(token: JWT) {
  const session = { expires: "2099-01-01T00:00:00.000Z", user: { id: "", name: token.name, email: token.email } } as Session;
  const callback = authOptions().callbacks!.session! as (params: { session: Session; token: JWT }) => Promise<Partial<Session>>;
  return callback({ session, token });
}

describe("next-auth's session endpoint", () => {
  it("answers a current token with its user and session version", async () => {
    const { user } = await createTestUser("Current");
    expect(await sessionEndpointFor({ sub: user.id, sv: user.sessionVersion, name: user.name, email: user.email })).toEqual({
      expires: "2099-01-01T00:00:00.000Z",
      user: { id: user.id, name: user.name, email: user.email },
      sessionVersion: user.sessionVersion,
    });
  });

  it("reveals nothing stored in a token from before a password change, or of a deleted user", async () => {
    const { user } = await createTestUser("Stale");
    const token = { sub: user.id, sv: user.sessionVersion, name: user.name, email: user.email };
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await sessionEndpointFor(token)).toEqual({ expires: "2099-01-01T00:00:00.000Z" });
    await db.user.delete({ where: { id: user.id } });
    expect(await sessionEndpointFor(token)).toEqual({ expires: "2099-01-01T00:00:00.000Z" });
    expect(await sessionEndpointFor({ name: "no subject", email: "x@example.org" })).toEqual({ expires: "2099-01-01T00:00:00.000Z" });
  });
});
