import type { DocNodeJSON } from "./doc-schema";

/** Turns pasted plain text into a document: one paragraph per non-blank line. */
export function plainTextToDoc(text: string): DocNodeJSON {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[\t ]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ type: "paragraph", content: [{ type: "text", text: line }] }));
  return { type: "doc", content: paragraphs.length > 0 ? paragraphs : [{ type: "paragraph" }] };
}
