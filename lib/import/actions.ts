"use server";

import { runUserAction } from "@/lib/server/run-action";
import { authorizeImport } from "./authorize-import";
import { importPreview } from "./import-preview";
import { importUrl } from "./import-url";
import { previewPasteSchema, previewUrlSchema } from "./schema";

/** Previews pasted HTML as an article (sanitized document, found details); stores nothing. */
export async function previewPasteAction(input: unknown) {
  return runUserAction(previewPasteSchema, input, async (user, { workspaceSlug, html }) => {
    await authorizeImport(user.id, workspaceSlug);
    return importPreview({ html });
  });
}

/** Fetches a public web page and previews its article; stores nothing. */
export async function previewUrlAction(input: unknown) {
  return runUserAction(previewUrlSchema, input, async (user, { workspaceSlug, url }) => {
    await authorizeImport(user.id, workspaceSlug);
    return importUrl(url);
  });
}
