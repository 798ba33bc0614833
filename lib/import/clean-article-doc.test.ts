import { describe, expect, it } from "vitest";
import { InvalidDocumentError } from "@/lib/editor/parse-article-doc";
import { cleanArticleDoc } from "./clean-article-doc";

const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });

describe("documents sent back by a client", () => {
  it("lose unsafe links, unknown attributes and impossible heading levels", () => {
    const forged = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 1, onclick: "alert(1)" }, content: [text("Title")] },
        {
          type: "paragraph",
          content: [
            text("bad", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]),
            text(" good", [{ type: "link", attrs: { href: "https://example.org", target: "_self", class: "evil" } }]),
          ],
        },
        { type: "paragraph", content: [] },
      ],
    };
    expect(cleanArticleDoc(forged).toJSON()).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [text("Title")] },
        {
          type: "paragraph",
          content: [
            text("bad"),
            text(" good", [{ type: "link", attrs: { href: "https://example.org", target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null } }]),
          ],
        },
      ],
    });
  });

  it("refuses node types and nesting the editor does not know", () => {
    expect(() => cleanArticleDoc({ type: "doc", content: [{ type: "image", attrs: { src: "x" } }] })).toThrow(InvalidDocumentError);
    expect(() => cleanArticleDoc("<p>html</p>")).toThrow(InvalidDocumentError);
  });
});
