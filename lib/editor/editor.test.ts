import { describe, expect, it } from "vitest";
import { docPlainText } from "./doc-plain-text";
import { InvalidDocumentError, parseArticleDoc } from "./parse-article-doc";
import { plainTextToDoc } from "./plain-text-to-doc";

describe("article documents", () => {
  it("turns pasted lines into paragraphs whose plain text round-trips", () => {
    const doc = parseArticleDoc(plainTextToDoc("First line.\r\n\r\n  Second   line 👍🏽 é\n"));
    expect(doc.childCount).toBe(2);
    expect(docPlainText(doc)).toBe("First line.\nSecond line 👍🏽 é");
  });

  it("refuses node types the editor does not know", () => {
    const forged = { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] };
    expect(() => parseArticleDoc(forged)).toThrow(InvalidDocumentError);
  });

  it("refuses a document that is not a doc node", () => {
    expect(() => parseArticleDoc({ type: "paragraph" })).toThrow(InvalidDocumentError);
    expect(() => parseArticleDoc("<p>html</p>")).toThrow(InvalidDocumentError);
  });

  it("refuses invalid nesting", () => {
    const forged = { type: "doc", content: [{ type: "text", text: "bare text at top level" }] };
    expect(() => parseArticleDoc(forged)).toThrow(InvalidDocumentError);
  });
});
