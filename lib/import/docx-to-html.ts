import "server-only";
import mammoth from "mammoth";
import { ImportError } from "./import-error";

/** Converts a Word .docx file to HTML (images left out: the article schema has none). */
export async function docxToHtml(bytes: Buffer): Promise<string> {
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes }, { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) });
    return result.value;
  } catch {
    throw new ImportError("UNREADABLE_FILE", "That .docx file could not be read. Is it a Word document?");
  }
}
