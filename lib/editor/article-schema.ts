import { getSchema } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { articleExtensions } from "./extensions";

let schema: Schema | undefined;

/** The ProseMirror schema of article documents, built once from the shared extensions. */
export function articleSchema(): Schema {
  schema ??= getSchema(articleExtensions);
  return schema;
}
