import { readFileSync } from "node:fs";
import path from "node:path";

// The claim panel saves through Next server actions, so the benchmark calls the same actions the
// way the browser does: a POST to the page with the action's id in `Next-Action` and the
// arguments as React's encodeReply writes plain JSON values (a JSON array). The ids come from
// the build's server-reference manifest, so they always match the server being measured.

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

/** The action ids of the named exports of one actions file in a production build. */
export function findActionIds<Name extends string>(distDir: string, filename: string, names: readonly Name[]): Record<Name, string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = {} as Record<Name, string>;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename === filename && names.includes(entry.exportedName as Name)) found[entry.exportedName as Name] = id;
  }
  const missing = names.filter((name) => !found[name]);
  if (missing.length) throw new Error(`server actions not in the build's manifest: ${missing.join(", ")} (${filename})`);
  return found;
}

/** Headers of a server-action call as the browser sends it (the Origin check is Next's CSRF guard). */
export function actionHeaders(baseUrl: string, actionId: string, cookie: string): Record<string, string> {
  return {
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    "next-action": actionId,
    origin: baseUrl,
    cookie,
  };
}

/** The body of a call with one plain-JSON argument (what encodeReply produces for it). */
export function actionBody(argument: unknown): string {
  // encodeReply escapes strings that start with "$"; the benchmark never sends one.
  return JSON.stringify([argument]);
}

/**
 * The action's return value from the RSC response: row 0 is `{ a: <result or "$@<row>"> … }`.
 * Returns undefined when the response is not a parseable action answer.
 */
export function parseActionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const answer = root?.a;
    if (typeof answer === "string" && answer.startsWith("$@")) return JSON.parse(rows.get(answer.slice(2)) ?? "null");
    return answer;
  } catch {
    return undefined;
  }
}
