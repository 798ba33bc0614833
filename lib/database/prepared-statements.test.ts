import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./create-prisma-client";
import { prepared, preparedStatementName } from "./prepared-statements";

// One connection, so the statements this client prepared are the ones pg_prepared_statements lists.
const client = createPrismaClient(process.env.DATABASE_URL!, 1);
afterAll(() => client.$disconnect());

const preparedHere = () =>
  client.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements ORDER BY prepare_time`;

describe("prepared statements", () => {
  it("prepares tagged SQL once per connection and leaves other SQL unnamed", async () => {
    const lookup = (id: number) => client.$queryRaw<{ id: number }[]>(prepared`SELECT ${id}::int AS id`);
    expect(await lookup(1)).toEqual([{ id: 1 }]);
    expect(await lookup(2)).toEqual([{ id: 2 }]);
    await client.$queryRaw`SELECT ${3}::int AS untagged`;

    const statements = await preparedHere();
    expect(statements).toHaveLength(1);
    expect(statements[0].statement).toContain("SELECT $1::int AS id");
    expect(statements[0].name).toBe(preparedStatementName({ sql: statements[0].statement }));
  });

  it("names each distinct text apart, and untagged text not at all", () => {
    const name = (sql: string) => preparedStatementName({ sql });
    const one = prepared`SELECT ${1}`.sql;
    const other = prepared`SELECT ${1}, ${2}`.sql;
    expect(name(one)).toMatch(/^fd_[\w-]{32}$/);
    expect(name(one)).toBe(name(prepared`SELECT ${9}`.sql));
    expect(name(other)).not.toBe(name(one));
    expect(name("SELECT 1")).toBe("");
  });
});
