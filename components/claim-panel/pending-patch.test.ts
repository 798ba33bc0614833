import { describe, expect, it } from "vitest";
import type { ClaimDTO } from "@/lib/claims/types";
import { applyPendingPatch, mergePendingPatch, omitPatchFields, settlePendingPatch } from "./pending-patch";

describe("mergePendingPatch", () => {
  it("keeps earlier fields and lets a later edit of the same field win", () => {
    const merged = mergePendingPatch({ normalizedText: "first", status: "open" }, { normalizedText: "second" });
    expect(merged).toEqual({ normalizedText: "second", status: "open" });
  });

  it("keeps an explicit null (clearing a field) but ignores undefined keys", () => {
    const merged = mergePendingPatch({ ratingLabelId: "true", tags: ["a"] }, { ratingLabelId: null, tags: undefined });
    expect(merged).toEqual({ ratingLabelId: null, tags: ["a"] });
  });
});

describe("settlePendingPatch", () => {
  it("drops what the server confirmed", () => {
    const sent = { normalizedText: "a", status: "open" as const };
    expect(settlePendingPatch({ ...sent }, sent)).toEqual({});
  });

  it("keeps a field edited again while the request was in flight", () => {
    const tags = ["x"];
    const sent = { tags, normalizedText: "draft" };
    const pending = mergePendingPatch(sent, { normalizedText: "draft, longer" });
    expect(settlePendingPatch(pending, sent)).toEqual({ normalizedText: "draft, longer" });
  });

  it("keeps fields that were never sent", () => {
    expect(settlePendingPatch({ status: "in_progress", tags: ["a"] }, { status: "in_progress" })).toEqual({ tags: ["a"] });
  });
});

describe("omitPatchFields / applyPendingPatch", () => {
  it("holds refused fields back and shows pending edits over the server copy", () => {
    expect(omitPatchFields({ normalizedText: "x", status: "open" }, ["normalizedText"])).toEqual({ status: "open" });
    const claim = { normalizedText: "server", status: "open", tags: ["s"] } as ClaimDTO;
    const shown = applyPendingPatch(claim, { normalizedText: "mine" });
    expect(shown).toMatchObject({ normalizedText: "mine", status: "open", tags: ["s"] });
  });
});
