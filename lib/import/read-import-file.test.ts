import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { importFile } from "./import-file";
import { FILE_MAX_BYTES } from "./read-import-file";

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: { reason?: string; message: string }) => error);

describe("importing files", () => {
  it("reads a Word document: title from its first heading, formatting kept", async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "Ceasefire talks suspended", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun("The United States "), new TextRun({ text: "suspended", bold: true }), new TextRun(" negotiations.")] }),
            new Paragraph({ text: "Reactions", heading: HeadingLevel.HEADING_2 }),
            new Paragraph("Kirby said it was not taken lightly."),
          ],
        },
      ],
    });
    const preview = await importFile("talks.docx", await Packer.toBuffer(document));
    expect(preview.title).toBe("Ceasefire talks suspended");
    expect(preview.doc.content?.map((node) => node.type)).toEqual(["paragraph", "heading", "paragraph"]);
    expect(JSON.stringify(preview.doc)).toContain('"marks":[{"type":"bold"}],"text":"suspended"');
  });

  it("reads Markdown, dropping raw HTML payloads inside it", async () => {
    const markdown = "# Talks suspended\n\nThe **US** suspended [talks](https://example.org/talks).\n\n- one\n- two\n\n<script>alert(1)</script><img src=x onerror=alert(1)>\n\n[bad](javascript:alert(1))\n";
    const preview = await importFile("talks.md", Buffer.from(markdown));
    expect(preview.title).toBe("Talks suspended");
    const json = JSON.stringify(preview.doc);
    expect(json).toContain('"href":"https://example.org/talks"');
    expect(json).toContain("bulletList");
    expect(json).not.toMatch(/script|onerror|javascript:/);
    expect(preview.excerpt.map((block) => block.text)).toEqual(["The US suspended talks.", "one", "two", "bad"]);
    // Server actions only send plain objects; ProseMirror's null-prototype attrs would be refused.
    const plain = (value: unknown): boolean =>
      typeof value !== "object" || value === null || (Array.isArray(value) ? value.every(plain) : Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plain));
    expect(plain(preview)).toBe(true);
  });

  it("reads plain text as paragraphs", async () => {
    const preview = await importFile("notes.TXT", Buffer.from("First line.\r\n\r\n<b>Not markup</b>\n"));
    expect(preview.excerpt.map((block) => block.text)).toEqual(["First line.", "<b>Not markup</b>"]);
    expect(preview.title).toBeNull();
  });

  it("checks the extension, the content and the size", async () => {
    expect(await failure(importFile("virus.exe", Buffer.from("MZ")))).toMatchObject({ reason: "UNSUPPORTED_FILE", message: expect.stringMatching(/\.docx/) });
    expect(await failure(importFile("fake.docx", Buffer.from("<p>not a zip</p>")))).toMatchObject({ reason: "UNSUPPORTED_FILE", message: /not a Word document/ });
    expect(await failure(importFile("broken.docx", Buffer.from("PK\u0003\u0004 broken")))).toMatchObject({ reason: "UNREADABLE_FILE" });
    expect(await failure(importFile("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9])))).toMatchObject({ reason: "UNSUPPORTED_FILE", message: /UTF-8/ });
    expect(await failure(importFile("big.html", Buffer.alloc(FILE_MAX_BYTES + 1, "a")))).toMatchObject({ reason: "TOO_LARGE", status: 413 });
    expect(await failure(importFile("empty.md", Buffer.from("  \n")))).toMatchObject({ reason: "NO_ARTICLE" });
  });
});
