import "server-only";
import { docxToHtml } from "./docx-to-html";
import { ImportError } from "./import-error";
import { markdownToHtml } from "./markdown-to-html";

export const FILE_MAX_BYTES = 5 * 1024 * 1024;
export const FILE_EXTENSIONS = [".html", ".htm", ".txt", ".md", ".markdown", ".docx"] as const;

export type ImportFileKind = "html" | "text" | "markdown" | "docx";

const KINDS: Record<(typeof FILE_EXTENSIONS)[number], ImportFileKind> = {
  ".html": "html",
  ".htm": "html",
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".docx": "docx",
};

/**
 * Reads an uploaded file as HTML (or plain text for .txt), after checking its size, its
 * extension and that its content matches: a .docx must be a zip, the others UTF-8 text.
 */
export async function readImportFile(name: string, bytes: Buffer): Promise<{ kind: ImportFileKind; html?: string; text?: string }> {
  if (bytes.length > FILE_MAX_BYTES) {
    throw new ImportError("TOO_LARGE", `That file is over ${FILE_MAX_BYTES / 1024 / 1024} MB; import a smaller one.`);
  }
  const extension = name.toLowerCase().match(/\.[a-z]+$/)?.[0] ?? "";
  const kind = KINDS[extension as keyof typeof KINDS];
  if (!kind) {
    throw new ImportError("UNSUPPORTED_FILE", "Import an .html, .htm, .txt, .md, .markdown or .docx file.");
  }
  if (bytes.length === 0) throw new ImportError("UNREADABLE_FILE", "That file is empty.");
  if (kind === "docx") {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new ImportError("UNSUPPORTED_FILE", "That file is named .docx but is not a Word document.");
    }
    return { kind, html: await docxToHtml(bytes) };
  }
  const text = decodeUtf8(bytes, extension);
  if (kind === "text") return { kind, text };
  return { kind, html: kind === "markdown" ? markdownToHtml(text) : text };
}

function decodeUtf8(bytes: Buffer, extension: string): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError("UNSUPPORTED_FILE", `That ${extension} file is not UTF-8 text. Save it as UTF-8 and try again.`);
  }
  // NUL bytes do not occur in text files; a binary file renamed to .txt usually has them.
  if (text.includes("\u0000")) throw new ImportError("UNSUPPORTED_FILE", `That ${extension} file is not a text file.`);
  return text;
}
