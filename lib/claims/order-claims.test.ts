import { describe, expect, it } from "vitest";
import { orderClaims } from "./order-claims";

const row = (id: string, anchorStatus: "anchored" | "orphaned", createdAt: string) => ({ id, anchorStatus, createdAt: new Date(createdAt) });

describe("orderClaims", () => {
  it("keeps anchored claims in the given (document) order and lists orphans after them, oldest first", () => {
    const rows = [
      row("late-orphan", "orphaned", "2024-03-02"),
      row("first", "anchored", "2024-03-05"),
      row("early-orphan", "orphaned", "2024-03-01"),
      row("second", "anchored", "2024-03-01"),
    ];
    expect(orderClaims(rows).map((claim) => claim.id)).toEqual(["first", "second", "early-orphan", "late-orphan"]);
  });
});
