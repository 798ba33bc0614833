import { describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/server/action-result";
import { actionCases } from "@/test/authorization/cases";
import { discoveredActions, type Action } from "@/test/authorization/discover";
import { createAuthFixture, type Actor, type AuthFixture } from "@/test/authorization/fixture";
import { hostileVariants, MALFORMED_INPUTS } from "./hostile-inputs";

// As in test/authorization: the only mock is who is signed in (and the request headers the
// sign-up action reads); everything after it is the real code on a real database.
let acting: Actor | null = null;
vi.mock("@/lib/auth/session-token", () => ({
  readSessionClaims: async () => (acting ? { userId: acting.id, sessionVersion: 0 } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.77" }) }));

const actions = discoveredActions;

/** Actions whose every field is optional, so no input (or an empty object) is a valid request. */
const OPTIONAL_INPUT: Record<string, string> = {
  "lib/notifications/actions.ts#listNotificationsAction": "every filter is optional; no input lists all of the caller's notifications",
};
const EMPTY_INPUTS = new Set(["undefined", "null", "an empty object"]);

/** Someone the action lets through, so the input check is what answers. */
function actorFor(key: string, fx: AuthFixture): Actor | null {
  const access = actionCases[key].access;
  if (access.kind === "public") return null;
  if (access.kind === "own") return fx.members.author;
  return fx.members[access.allowed[0]];
}

async function expectRefused(fn: Action, input: unknown, what: string) {
  let result: ActionResult<unknown>;
  try {
    result = await fn(input);
  } catch (error) {
    throw new Error(`${what}: threw instead of answering an ActionResult: ${String(error)}`);
  }
  expect(result, what).toMatchObject({ ok: false, code: "INVALID_INPUT" });
  const failure = result as Extract<ActionResult<unknown>, { ok: false }>;
  expect(failure.error.length, what).toBeGreaterThan(0);
  // Every refusal names what is wrong: a message per field, or one for the whole form.
  expect(Object.values(failure.fieldErrors ?? {}).flat().length + (failure.error === "Please correct the highlighted fields." ? 0 : 1), what).toBeGreaterThan(0);
}

describe("every server action answers malformed, wrongly typed and oversized input with INVALID_INPUT", () => {
  it("finds the server actions, each with a case", () => {
    expect(actions.length).toBeGreaterThan(15);
    expect(actions.filter(({ key }) => !actionCases[key]).map(({ key }) => key)).toEqual([]);
  });

  for (const { key, fn } of actions) {
    it(key, async () => {
      const fx = await createAuthFixture();
      acting = actorFor(key, fx);
      try {
        for (const [name, input] of MALFORMED_INPUTS) {
          if (OPTIONAL_INPUT[key] && EMPTY_INPUTS.has(name)) continue;
          await expectRefused(fn, input, `${key} given ${name}`);
        }
        const valid = actionCases[key].input(fx, acting ?? fx.outsider);
        for (const [name, input] of hostileVariants(valid)) await expectRefused(fn, input, `${key} with ${name}`);
      } finally {
        acting = null;
      }
    });
  }
});
