import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { runAction } from "../server/run-action";
import { createPrismaClient } from "./create-prisma-client";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { isDatabaseUnavailable } from "./is-database-unavailable";
import { POOL_LIMITS } from "./pool-limits";

// A Postgres of its own (not the run's shared one), stopped and started again on the same data
// folder and port under one Prisma client, as the `faults` benchmark does to the running app.
let folder: string;
let port: number;
let server: EmbeddedDatabase | undefined;
let client: PrismaClient;

const start = async () => (server = await startEmbeddedPostgres({ dataDir: path.join(folder, "pg"), port }));

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "factdesk-restart-"));
  port = await findFreePort();
  const { url } = await start();
  client = createPrismaClient(url, 3);
  await client.$executeRawUnsafe("create table note (id serial primary key, body text not null)");
});

afterAll(async () => {
  await client?.$disconnect();
  await server?.stop();
  await rm(folder, { recursive: true, force: true });
});

async function failure(work: () => Promise<unknown>) {
  const startedAt = Date.now();
  const error = await work().then(
    () => null,
    (caught: unknown) => caught,
  );
  return { error, ms: Date.now() - startedAt };
}

describe("the Prisma client across a Postgres restart", () => {
  it("fails fast with a retryable error while Postgres is down and works again after, with the same client", async () => {
    await client.$executeRawUnsafe("insert into note (body) values ('before')");
    // A query in flight when the server stops is cut off, with a retryable error too.
    const inFlight = failure(() => client.$queryRawUnsafe("select pg_sleep(3)"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server!.stop();
    const cut = await inFlight;
    expect(isDatabaseUnavailable(cut.error)).toBe(true);

    const read = await failure(() => client.$queryRawUnsafe("select count(*) from note"));
    const write = await failure(() => client.$transaction((tx) => tx.$executeRawUnsafe("insert into note (body) values ('during')")));
    for (const attempt of [read, write]) {
      expect(isDatabaseUnavailable(attempt.error), String(attempt.error)).toBe(true);
      expect(attempt.ms).toBeLessThan(POOL_LIMITS.connectionTimeoutMillis);
    }

    // The server actions' wrapper turns it into the typed, retryable result.
    const result = await runAction(z.object({}), {}, () => client.$queryRawUnsafe("select 1"));
    expect(result).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    expect(!result.ok && result.error).toMatch(/try again/);

    await start();
    await client.$executeRawUnsafe("insert into note (body) values ('after')");
    const rows = await client.$queryRawUnsafe<{ body: string }[]>("select body from note order by id");
    expect(rows.map((row) => row.body)).toEqual(["before", "after"]);
  });

  it("does not mistake an ordinary query error for an outage", async () => {
    const { error } = await failure(() => client.$queryRawUnsafe("select * from no_such_table"));
    expect(error).toBeTruthy();
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
