import { ColumnTypeEnum, type SqlResultSet } from "@prisma/driver-adapter-utils";
import pg from "pg";

// OIDs from pg_type: Postgres' internal one-byte "char", and text.
const CHAR_OID = 18;
const TEXT_OID = 25;

// Which columns of a result held "char", keyed by the rows array the adapter passes through.
const charColumns = new WeakMap<unknown[], number[]>();

type Query = (...args: unknown[]) => unknown;

// @prisma/adapter-pg 7.10.1 rejects Postgres' "char" type, which the engine reads while
// introspecting (`pg_constraint.contype`). This client relabels such columns text, which the
// adapter accepts (their values already arrive as one-letter strings), and remembers them so that
// withCharColumns can restore them as Character: the engine reads them as chars, and panics on text.

/** A pg client whose "char" result columns get through @prisma/adapter-pg (see withCharColumns). */
export class CharColumnsClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as Query;
    // pg.Pool calls query() with a callback, a checked-out client with a promise: wrap both.
    (this as { query: Query }).query = (...args: unknown[]) => {
      const last = args.at(-1);
      if (typeof last === "function") {
        args[args.length - 1] = (error: unknown, result: unknown) => last(error, error ? result : relabel(result));
        return query(...args);
      }
      const returned = query(...args);
      return returned instanceof Promise ? returned.then(relabel) : returned;
    };
  }
}

/** Marks the columns that were "char" as Character in a result set read through `CharColumnsClient`. */
export function withCharColumns(resultSet: SqlResultSet): SqlResultSet {
  const columns = charColumns.get(resultSet.rows);
  if (!columns) return resultSet;
  const columnTypes = [...resultSet.columnTypes];
  for (const index of columns) columnTypes[index] = ColumnTypeEnum.Character;
  return { ...resultSet, columnTypes };
}

function relabel(result: unknown): unknown {
  // A multi-statement simple query yields one result per statement.
  for (const one of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (one ?? {}) as Partial<pg.QueryResult>;
    const found: number[] = [];
    fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      found.push(index);
    });
    if (found.length > 0 && rows) charColumns.set(rows, found);
  }
  return result;
}
