import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./is-database-unavailable";

const prismaError = (code: string, message: string, meta?: object) => Object.assign(new Error(message), { code, meta });

describe("isDatabaseUnavailable", () => {
  it("recognises outages as Prisma, the pg adapter and pg report them", () => {
    expect(isDatabaseUnavailable(prismaError("P1001", "Can't reach database server at 127.0.0.1:5432"))).toBe(true);
    const shutdown = { driverAdapterError: { cause: { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" } } };
    expect(isDatabaseUnavailable(prismaError("P2010", "Raw query failed.", shutdown))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
  });

  it("treats an expired or unstartable transaction as overload, other transaction errors not", () => {
    expect(isDatabaseUnavailable(prismaError("P2028", "Transaction API error: A query cannot be executed on an expired transaction."))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2028", "Transaction API error: Transaction not found."))).toBe(false);
  });

  it("leaves ordinary errors alone", () => {
    expect(isDatabaseUnavailable(prismaError("P2002", "Unique constraint failed on the fields: (`email`)"))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2025", "Record to update not found."))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
