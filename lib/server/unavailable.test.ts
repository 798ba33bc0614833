import { describe, expect, it } from "vitest";
import { withRetryableErrors } from "./unavailable";

// The shape Prisma gives when the pg adapter cannot connect (seen in database-restart.test.ts).
const refused = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
  code: "P1001",
  meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
});

describe("withRetryableErrors", () => {
  it("answers a database outage with 503, Retry-After and a clear message", async () => {
    const handler = withRetryableErrors(async () => {
      throw refused;
    });
    const response = await handler();
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ code: "UNAVAILABLE", error: expect.stringMatching(/try again/) });
  });

  it("passes answers and other errors through unchanged", async () => {
    expect((await withRetryableErrors(async () => new Response("ok"))()).status).toBe(200);
    const bug = new TypeError("x is undefined");
    await expect(
      withRetryableErrors(async () => {
        throw bug;
      })(),
    ).rejects.toBe(bug);
  });
});
