import { describe, expect, it } from "vitest";
import type { SourceDTO } from "@/lib/claims/types";
import { moveSource } from "./move-source";

const sources = [
  { id: "b", position: 1 },
  { id: "a", position: 0 },
  { id: "c", position: 2 },
] as SourceDTO[];

describe("moveSource", () => {
  it("swaps a source with its neighbour in display order", () => {
    expect(moveSource(sources, "c", -1)).toEqual(["a", "c", "b"]);
    expect(moveSource(sources, "a", 1)).toEqual(["b", "a", "c"]);
  });

  it("refuses to move past either end", () => {
    expect(moveSource(sources, "a", -1)).toBeNull();
    expect(moveSource(sources, "c", 1)).toBeNull();
  });
});
