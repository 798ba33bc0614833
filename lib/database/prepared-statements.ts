import { createHash } from "node:crypto";
import { Prisma } from "../generated/prisma/client";

// Postgres parses, analyzes and plans a statement sent without a name every time it runs; for
// the claim edit that was about half of its time alone (0.5 of 1.6 ms). A named prepared
// statement is parsed once per connection, and after five runs Postgres keeps a generic plan
// when it costs no more than the custom ones. The statements a save runs (the session read, the
// single-statement claim and source writes) are sent that way.
//
// Only statements written with `prepared` are named, because a name is not free:
// - a generic plan can be far worse for a query whose best plan depends on its parameters (the
//   search's strategies do), so only lookups by key opt in;
// - each name holds a parsed statement in its connection for the connection's life, so the set
//   of texts must be finite (a write's SET list varies, but among a few dozen combinations).

const TAG = "/* prepared */ ";

/**
 * Tags SQL to run as a named prepared statement: `db.$queryRaw(prepared\`SELECT …\`)`. Use it for
 * statements that find their rows by key, whose plan does not depend on the values.
 */
export function prepared(strings: TemplateStringsArray, ...values: SqlValue[]): Prisma.Sql {
  return Prisma.sql([TAG + strings[0], ...strings.slice(1)], ...values);
}

type SqlValue = Parameters<typeof Prisma.sql>[1];

/**
 * The adapter's statement name for a query: derived from the text, so each distinct text is
 * prepared once per connection; "" (pg's unnamed statement) for untagged SQL.
 */
export function preparedStatementName(query: { sql: string }): string {
  if (!query.sql.startsWith(TAG)) return "";
  return `fd_${createHash("sha256").update(query.sql).digest("base64url").slice(0, 32)}`;
}
