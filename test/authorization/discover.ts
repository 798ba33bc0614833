import type { ActionResult } from "@/lib/server/action-result";

// Finds every server action and route handler in the source tree, so the tests that walk them
// (authorization, input validation) cover new ones without anyone listing them. The modules are
// imported eagerly here; a test's vi.mock calls are hoisted above its imports and still apply.

export type Action = (input: unknown) => Promise<ActionResult<unknown>>;
export type RouteHandler = (request: Request, context: unknown) => Promise<Response>;

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

const actionModules = import.meta.glob<Record<string, unknown>>("/lib/**/actions.ts", { eager: true });
const routeModules = import.meta.glob<Record<string, unknown>>("/app/**/route.ts", { eager: true });

/** Every exported function of a `lib/**\/actions.ts`, keyed "<module>#<export>". */
export const discoveredActions = Object.entries(actionModules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === "function")
    .map(([name, fn]) => ({ key: `${file.slice(1)}#${name}`, fn: fn as Action })),
);

/** Every HTTP method handler of an `app/**\/route.ts`, keyed "<module>#<METHOD>". */
export const discoveredRoutes = Object.entries(routeModules).flatMap(([file, exports]) =>
  HTTP_METHODS.filter((method) => typeof exports[method] === "function").map((method) => ({
    key: `${file.slice(1)}#${method}`,
    handler: exports[method] as RouteHandler,
  })),
);
