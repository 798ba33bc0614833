import { randomUUID } from "node:crypto";
import { parseIntoClientConfig } from "pg-connection-string";
import { runStatement } from "./run-statement";

/** Runs `work` with the URL of a new empty database on the server of `databaseUrl`, dropped afterwards. */
export async function withScratchDatabase<T>(databaseUrl: string, work: (scratchUrl: string) => Promise<T>): Promise<T> {
  const config = parseIntoClientConfig(databaseUrl);
  const name = `factdesk_scratch_${randomUUID().replaceAll("-", "")}`;
  await runStatement(config, `CREATE DATABASE "${name}"`).catch((error: Error) => {
    throw new Error(`Cannot create a scratch database (the user needs the CREATEDB privilege): ${error.message}`, { cause: error });
  });
  let failed = false;
  try {
    const scratchUrl = new URL(databaseUrl);
    scratchUrl.pathname = `/${name}`;
    return await work(scratchUrl.toString());
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // A cleanup failure must not hide the error that is already on its way out.
    await runStatement(config, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((error: unknown) => {
      if (!failed) throw error;
    });
  }
}
