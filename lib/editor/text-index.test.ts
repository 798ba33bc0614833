import { describe, expect, it } from "vitest";
import { articleSchema } from "./article-schema";
import { docPlainText } from "./doc-plain-text";
import { buildTextIndex } from "./text-index";

const doc = articleSchema().nodeFromJSON({
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Héading 👍🏽" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Bold ", marks: [{ type: "bold" }] },
        { type: "text", text: "and plain" },
        { type: "hardBreak" },
        { type: "text", text: "after break" },
      ],
    },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "item one" }] }] }] },
    { type: "paragraph" },
    { type: "paragraph", content: [{ type: "text", text: "last" }] },
  ],
});

describe("buildTextIndex", () => {
  const index = buildTextIndex(doc);

  it("produces exactly the stored plain text", () => {
    expect(index.text).toBe(docPlainText(doc));
  });

  it("maps every character's offset to the position of that character in the doc", () => {
    for (let offset = 0; offset < index.text.length; offset++) {
      const char = index.text[offset];
      if (char === "\n") continue;
      const pos = index.toPos(offset);
      expect(doc.textBetween(pos, pos + 1), `offset ${offset}`).toBe(char);
      expect(index.toOffset(pos)).toBe(offset);
    }
  });

  it("maps a quote's range onto the same words in the doc", () => {
    const quote = "plain\nafter";
    const start = index.text.indexOf(quote);
    const from = index.toPos(start);
    const to = index.toPos(start + quote.length);
    expect(doc.textBetween(from, to, "\n", () => "\n")).toBe(quote);
  });
});
