import { describe, expect, it } from "vitest";
import { nextRetryDelay } from "./next-retry-delay";

describe("nextRetryDelay", () => {
  it("doubles from one second", () => {
    expect([1, 2, 3, 4, 5].map(nextRetryDelay)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it("never waits longer than 30 seconds, even after many failures", () => {
    expect(nextRetryDelay(6)).toBe(30_000);
    expect(nextRetryDelay(500)).toBe(30_000);
  });
});
