import { describe, expect, it } from "vitest";
import { pickFieldErrors } from "./field-errors";

describe("pickFieldErrors", () => {
  it("maps nested zod paths to the form's field names and ignores unknown fields", () => {
    const picked = pickFieldErrors(
      { "source.url": ["Bad URL"], title: ["Required"], "patch.tags.3": ["Too long"], workspaceSlug: ["x"] },
      ["url", "title", "tags"] as const,
    );
    expect(picked).toEqual({ url: ["Bad URL"], title: ["Required"], tags: ["Too long"] });
  });
});
