import { describe, expect, it } from "vitest";
import { InvalidDocumentError } from "./parse-article-doc";
import { parseRationaleDoc } from "./parse-rationale-doc";

const paragraph = (...content: object[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: object[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const doc = (...content: object[]) => ({ type: "doc", content });

describe("rationale documents", () => {
  it("accepts paragraphs, bold, italic, links and both kinds of list", () => {
    const json = doc(
      paragraph(text("Bold", [{ type: "bold" }]), text(" and "), text("italic", [{ type: "italic" }]), text(" and "), text("mail", [{ type: "link", attrs: { href: "mailto:desk@example.org" } }])),
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("one"))] }] },
      { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [paragraph(text("three"))] }] },
    );
    const parsed = parseRationaleDoc(json);
    expect(parsed.textContent).toBe("Bold and italic and mailonethree");
    expect(parsed.child(2).attrs.start).toBe(3);
  });

  it("refuses what the article editor has but rationales do not", () => {
    for (const node of [
      { type: "heading", attrs: { level: 2 }, content: [text("Heading")] },
      { type: "blockquote", content: [paragraph(text("quote"))] },
      { type: "horizontalRule" },
      paragraph(text("x", [{ type: "strike" }])),
      paragraph(text("x", [{ type: "code" }])),
    ]) {
      expect(() => parseRationaleDoc(doc(node)), JSON.stringify(node)).toThrow(InvalidDocumentError);
    }
  });

  it("refuses links that are not http(s) or mailto", () => {
    for (const href of ["javascript:alert(1)", "vbscript:msgbox", "data:text/html,x", "/relative", "", "file:///etc/passwd"]) {
      expect(() => parseRationaleDoc(doc(paragraph(text("x", [{ type: "link", attrs: { href } }])))), href).toThrow(/http/);
    }
  });

  it("refuses oversized or malformed input", () => {
    expect(() => parseRationaleDoc(doc(paragraph(text("x".repeat(100_001)))))).toThrow(/too long/);
    expect(() => parseRationaleDoc({ type: "paragraph" })).toThrow(InvalidDocumentError);
    expect(() => parseRationaleDoc(null)).toThrow(InvalidDocumentError);
  });
});
