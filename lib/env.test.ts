import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment validation", () => {
  it("accepts an empty environment (embedded Postgres, defaults)", () => {
    expect(parseEnv({})).toMatchObject({ PORT: 3000, FACTDESK_DATA_DIR: ".data" });
  });

  it("names each bad variable and what is wrong", () => {
    const attempt = () => parseEnv({ DATABASE_URL: "mysql://x", PORT: "eighty", NEXTAUTH_SECRET: "short" });
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(/DATABASE_URL: must be a postgresql:\/\/ connection URL/);
    expect(attempt).toThrow(/PORT:/);
    expect(attempt).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });

  it("treats empty OAuth keys as absent", () => {
    expect(parseEnv({ GITHUB_ID: "", GITHUB_SECRET: "" }).GITHUB_ID).toBeUndefined();
  });
});
