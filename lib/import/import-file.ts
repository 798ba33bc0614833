import "server-only";
import { importPreview, type ImportPreview } from "./import-preview";
import { readImportFile } from "./read-import-file";

/** Previews the article in an uploaded .html, .txt, .md or .docx file. */
export async function importFile(name: string, bytes: Buffer): Promise<ImportPreview> {
  const file = await readImportFile(name, bytes);
  return importPreview(file.html !== undefined ? { html: file.html } : { text: file.text ?? "" });
}
