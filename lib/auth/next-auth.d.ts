import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null; image?: string | null };
    /** sessionVersion of the user when the token was issued; compared on every request. */
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The user's sessionVersion when this token was issued. */
    sv?: number;
  }
}
