import { describe, expect, it } from "vitest";
import type { ClaimHistoryEntry } from "@/lib/history/types";
import { describeEvent } from "./describe-event";

const entry = (kind: string, before: unknown = null, after: unknown = null, extra: Partial<ClaimHistoryEntry> = {}): ClaimHistoryEntry => ({
  id: "e1",
  kind,
  actor: { id: "u1", name: "Alice" },
  createdAt: "2025-03-12T10:00:00.000Z",
  before,
  after,
  ...extra,
});
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const scale = [{ id: "l1", label: "Half true", color: "#000000", value: 3, position: 2, description: null }];

describe("describeEvent", () => {
  it("words the changes this feature records", () => {
    expect(describeEvent(entry("verdict", { ratingLabelId: "l1", label: "Half true" }, { ratingLabelId: "l2", label: "Mostly false" })).sentence).toBe(
      "Alice set the verdict: Half true → Mostly false",
    );
    expect(describeEvent(entry("verdict", { ratingLabelId: "l1" }, { ratingLabelId: null }), scale).sentence).toBe("Alice removed the verdict (was Half true)");
    expect(describeEvent(entry("sources", null, { action: "added", source: { title: "Q1 report" } })).sentence).toBe("Alice added source “Q1 report”");
    expect(describeEvent(entry("tags", { tags: ["a", "b"] }, { tags: ["b", "c"] })).sentence).toBe("Alice changed the tags: added c; removed a");
    expect(describeEvent(entry("status", { status: "open" }, { status: "in_progress" }))).toEqual({ sentence: "Alice changed the status: Open → In progress" });
    expect(describeEvent(entry("status", { status: "approved" }, { status: "in_progress", reason: "edited after review" }))).toEqual({
      sentence: "Alice changed the status: Approved → In progress",
      detail: "Reopened: the claim changed after its review",
    });
    const edited = (changed: string[]) =>
      entry("sources", { action: "edited", source: { title: "Q1 report", stance: "supports" } }, { action: "edited", source: { title: "Q1 report", stance: "refutes" }, changed });
    expect(describeEvent(edited(["url", "publishedAt", "stance"]))).toEqual({
      sentence: "Alice edited source “Q1 report”",
      detail: "Changed the URL, publication date, stance (supports → refutes)",
    });
    expect(describeEvent(edited(["excerpt"])).detail).toBe("Changed the quoted excerpt");
    expect(describeEvent(entry("rationale", { rationale: doc("Seasonal hiring.") }, { rationale: doc("Seasonal hiring, mostly.") })).detail).toBe(
      "+2 words, −1 word: “Seasonal hiring, mostly.”",
    );
    expect(describeEvent(entry("reanchored", { anchorStatus: "anchored" }, { anchorStatus: "anchored" })).sentence).toBe("Text edit by Alice moved this claim");
    expect(describeEvent(entry("comment", null, { commentId: "c1" }, { comment: { excerpt: null } })).detail).toBe("(comment deleted)");
  });

  it("words the review workflow's kinds and anything unknown without failing", () => {
    expect(describeEvent(entry("changes_requested", null, { comment: "Add a primary source." })).sentence).toBe("Alice requested changes: Add a primary source.");
    expect(describeEvent(entry("independent_verdict", null, { ratingLabelId: "l1" }), scale).sentence).toBe("Alice gave an independent verdict: Half true");
    expect(describeEvent(entry("assignment", { assigneeId: null }, { assigneeId: "u2", name: "Bob" })).sentence).toBe("Alice assigned this claim to Bob");
    expect(describeEvent(entry("submitted", { status: "in_progress" }, { status: "verdict_proposed" })).sentence).toBe("Alice submitted the verdict for review");
    expect(describeEvent(entry("future_kind", "odd", [1, 2])).sentence).toBe("Alice changed this claim (future kind)");
    expect(describeEvent(entry("verdict", 42, "x")).sentence).toBe("Alice removed the verdict");
  });
});
