import type { Access } from "./cases";
import type { AuthFixture } from "./fixture";

export interface RouteCase {
  access: Access;
  /** The request and route context to call the handler with. */
  request(fx: AuthFixture): { request: Request; context: { params: Promise<Record<string, string | string[]>> } };
}

const EDITORS = ["owner", "editor"] as const;
const EVERY_MEMBER = ["owner", "editor", "reviewer", "viewer"] as const;

function uploadOf(text: string) {
  const form = new FormData();
  form.set("file", new File([text], "article.txt", { type: "text/plain" }));
  return form;
}

/** Every route handler, keyed "<file>#<method>", with who may call it. */
export const routeCases: Record<string, RouteCase> = {
  "app/api/auth/[...nextauth]/route.ts#GET": {
    access: { kind: "public", why: "next-auth's own sign-in endpoints (CSRF token, providers, callbacks)" },
    request: () => ({ request: new Request("http://localhost/api/auth/providers"), context: { params: Promise.resolve({ nextauth: ["providers"] }) } }),
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    access: { kind: "public", why: "next-auth's own sign-in and sign-out endpoints, CSRF-protected by next-auth" },
    request: () => ({ request: new Request("http://localhost/api/auth/signout", { method: "POST" }), context: { params: Promise.resolve({ nextauth: ["signout"] }) } }),
  },
  "app/api/w/[workspace]/import/file/route.ts#POST": {
    access: { kind: "roles", allowed: [...EDITORS], mustSucceed: true },
    request: (fx) => ({
      request: new Request(`http://localhost/api/w/${fx.slug}/import/file`, { method: "POST", body: uploadOf("A headline\nSome article text.") }),
      context: { params: Promise.resolve({ workspace: fx.slug }) },
    }),
  },

  "app/api/notifications/unread/route.ts#GET": {
    access: { kind: "own", why: "counts the caller's own unread notifications" },
    request: () => ({ request: new Request("http://localhost/api/notifications/unread"), context: { params: Promise.resolve({}) } }),
  },

  "app/api/w/[workspace]/articles/[articleId]/export/route.ts#GET": {
    access: { kind: "roles", allowed: [...EVERY_MEMBER], mustSucceed: true },
    request: (fx) => ({
      request: new Request(`http://localhost/api/w/${fx.slug}/articles/${fx.articleId}/export?format=json`),
      context: { params: Promise.resolve({ workspace: fx.slug, articleId: fx.articleId }) },
    }),
  },
  "app/api/w/[workspace]/dashboard/route.ts#GET": {
    access: { kind: "roles", allowed: [...EVERY_MEMBER], mustSucceed: true },
    request: (fx) => ({ request: new Request(`http://localhost/api/w/${fx.slug}/dashboard`), context: { params: Promise.resolve({ workspace: fx.slug }) } }),
  },
  "app/api/w/[workspace]/dashboard/export/route.ts#GET": {
    access: { kind: "roles", allowed: [...EVERY_MEMBER], mustSucceed: true },
    request: (fx) => ({ request: new Request(`http://localhost/api/w/${fx.slug}/dashboard/export`), context: { params: Promise.resolve({ workspace: fx.slug }) } }),
  },
  "app/api/w/[workspace]/backup/route.ts#GET": {
    access: { kind: "roles", allowed: ["owner"], mustSucceed: true },
    request: (fx) => ({ request: new Request(`http://localhost/api/w/${fx.slug}/backup`), context: { params: Promise.resolve({ workspace: fx.slug }) } }),
  },
  "app/api/w/[workspace]/backup/restore/route.ts#POST": {
    // The fixture's workspace is not empty, so the owner meets that domain rule (409).
    access: { kind: "roles", allowed: ["owner"], mustSucceed: false },
    request: (fx) => ({
      request: new Request(`http://localhost/api/w/${fx.slug}/backup/restore`, { method: "POST", body: new Uint8Array([0x1f, 0x8b]) }),
      context: { params: Promise.resolve({ workspace: fx.slug }) },
    }),
  },
};
