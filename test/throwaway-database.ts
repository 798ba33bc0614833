import { randomBytes } from "node:crypto";
import pg from "pg";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Creates a uniquely named database on a local server; refuses anything that is not local. */
export async function createThrowawayDatabase(serverUrl: string) {
  const url = new URL(serverUrl);
  if (!LOCAL_HOSTS.has(url.hostname) && !url.hostname.startsWith("/")) {
    throw new Error(`Refusing to run tests against non-local database host "${url.hostname}".`);
  }
  const name = `factdesk_test_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const testUrl = new URL(serverUrl);
  testUrl.pathname = `/${name}`;
  return {
    url: testUrl.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
