import { afterEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/server/action-result";
import { actionCases } from "./cases";
import { routeCases } from "./route-cases";
import { discoveredActions, discoveredRoutes } from "./discover";
import { createAuthFixture, ROLES, type Actor } from "./fixture";

// The one mock in this test: the session cookie (who is signed in). Reading it needs a live Next
// request, which does not exist in vitest; everything after it, the user and membership reads
// included, is the real code on a real database.
let acting: Actor | null = null;
vi.mock("@/lib/auth/session-token", () => ({
  readSessionClaims: async () => (acting ? { userId: acting.id, sessionVersion: 0 } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const discovered = discoveredActions;
const routes = discoveredRoutes;

afterEach(() => {
  acting = null;
});

async function callAs(actor: Actor, fn: (input: unknown) => Promise<ActionResult<unknown>>, input: unknown) {
  acting = actor;
  try {
    return await fn(input);
  } finally {
    acting = null;
  }
}

describe("authorization of every server action", () => {
  it("finds the server actions", () => {
    expect(discovered.length).toBeGreaterThan(15);
  });

  it("has an access rule for every server action (a new action without one fails here)", () => {
    const missing = discovered.map(({ key }) => key).filter((key) => !actionCases[key]);
    expect(missing, "add these to test/authorization/cases.ts").toEqual([]);
    const stale = Object.keys(actionCases).filter((key) => !discovered.some((action) => action.key === key));
    expect(stale, "these cases name actions that no longer exist").toEqual([]);
  });

  for (const { key, fn } of discovered) {
    const rule = actionCases[key];
    if (rule?.access.kind === "own" && rule.access.othersRefused) {
      it(`${key}: refuses everyone but the owner of the thing`, async () => {
        const fx = await createAuthFixture();
        expect(await callAs(fx.outsider, fn, rule.input(fx, fx.outsider)), "outsider").toMatchObject({ ok: false, code: "NOT_FOUND" });
        for (const role of ROLES) {
          const result = await callAs(fx.members[role], fn, rule.input(fx, fx.members[role]));
          expect(result, role).toMatchObject({ ok: false });
          expect(["FORBIDDEN", "NOT_FOUND"], role).toContain((result as { code?: string }).code);
        }
        expect(await callAs(fx.members.author, fn, rule.input(fx, fx.members.author)), "author").toMatchObject({ ok: true });
      });
    }
    if (!rule || rule.access.kind !== "roles") continue;
    const { allowed, mustSucceed } = rule.access;

    it(`${key}: refuses non-members with NOT_FOUND and roles without the right with FORBIDDEN`, async () => {
      const fx = await createAuthFixture();
      const outsider = await callAs(fx.outsider, fn, rule.input(fx, fx.outsider));
      expect(outsider, "outsider").toMatchObject({ ok: false, code: "NOT_FOUND" });
      for (const role of ROLES.filter((candidate) => !allowed.includes(candidate))) {
        const actor = fx.members[role];
        expect(await callAs(actor, fn, rule.input(fx, actor)), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
    });

    for (const role of allowed) {
      it(`${key}: lets ${role} through`, async () => {
        const fx = await createAuthFixture();
        const actor = fx.members[role as Role];
        const result = await callAs(actor, fn, rule.input(fx, actor));
        if (mustSucceed) expect(result, role).toMatchObject({ ok: true });
        else if (!result.ok) expect(["FORBIDDEN", "NOT_FOUND"], `${role}: ${result.error}`).not.toContain(result.code);
      });
    }
  }
});

describe("authorization of every route handler", () => {
  it("has an access rule for every route handler (a new route without one fails here)", () => {
    expect(routes.length).toBeGreaterThan(0);
    const missing = routes.map(({ key }) => key).filter((key) => !routeCases[key]);
    expect(missing, "add these to test/authorization/route-cases.ts").toEqual([]);
  });

  for (const { key, handler } of routes) {
    const rule = routeCases[key];
    if (!rule) continue;
    if (rule.access.kind === "roles") {
      const { allowed, mustSucceed } = rule.access;
      it(`${key}: 401 signed out, 404 for non-members, 403 for roles without the right, 2xx for the others`, async () => {
        const fx = await createAuthFixture();
        const call = async (actor: Actor | null) => {
          acting = actor;
          const { request, context } = rule.request(fx);
          try {
            return (await handler(request, context)).status;
          } finally {
            acting = null;
          }
        };
        expect(await call(null), "signed out").toBe(401);
        expect(await call(fx.outsider), "outsider").toBe(404);
        for (const role of ROLES) {
          const status = await call(fx.members[role]);
          if (allowed.includes(role) && mustSucceed) expect(status, role).toBeLessThan(300);
          else if (allowed.includes(role)) expect([401, 403, 404], `${role}: ${status}`).not.toContain(status);
          else expect(status, role).toBe(403);
        }
      });
    } else if (rule.access.kind === "own") {
      it(`${key}: 401 signed out`, async () => {
        const fx = await createAuthFixture();
        const { request, context } = rule.request(fx);
        expect((await handler(request, context)).status).toBe(401);
      });
    }
  }
});
