import { z } from "zod";

/** Pasted HTML is sent through a server action, whose request body Next caps at 1 MB. */
export const PASTE_MAX_CHARS = 900_000;

const workspaceSlug = z.string().min(1).max(100);

/** A paste to preview: the clipboard's HTML. */
export const previewPasteSchema = z.object({
  workspaceSlug,
  html: z.string().max(PASTE_MAX_CHARS, "That paste is too large to import at once; paste the article in parts or upload it as a file.").refine((value) => value.trim().length > 0, "Paste the article first."),
});

/** A web address to import the article from. */
export const previewUrlSchema = z.object({
  workspaceSlug,
  url: z.string().trim().min(1, "Enter the article's web address.").max(2048, "That web address is too long."),
});
