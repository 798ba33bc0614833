import pg from "pg";

/** Runs one statement on a connection of its own, for what cannot run inside a database it targets (CREATE/DROP DATABASE). */
export async function runStatement(config: pg.ClientConfig, sql: string): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
