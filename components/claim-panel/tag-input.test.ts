import { describe, expect, it } from "vitest";
import { MAX_TAGS, addTags, normalizeTag } from "./tag-input";

describe("normalizeTag", () => {
  it("trims, collapses spaces and drops a leading #", () => {
    expect(normalizeTag("  #climate   policy ")).toBe("climate policy");
    expect(normalizeTag(" # ")).toBe("");
  });
});

describe("addTags", () => {
  it("adds several comma-separated tags and skips empty pieces", () => {
    expect(addTags(["health"], "vaccines, ,  WHO ").tags).toEqual(["health", "vaccines", "WHO"]);
  });

  it("does not add a tag already present in another case", () => {
    expect(addTags(["Climate"], "climate, CLIMATE, energy").tags).toEqual(["Climate", "energy"]);
  });

  it("stops at the maximum and reports what did not fit", () => {
    const full = Array.from({ length: MAX_TAGS - 1 }, (_, index) => `t${index}`);
    const result = addTags(full, "last, extra");
    expect(result.tags).toHaveLength(MAX_TAGS);
    expect(result.tags.at(-1)).toBe("last");
    expect(result.overflow).toEqual(["extra"]);
  });
});
