import type { DocNodeJSON } from "@/lib/editor/doc-schema";

/** An import preview as the browser receives it (see lib/import/import-preview.ts). */
export interface Preview {
  doc: DocNodeJSON;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
  excerpt: { heading: boolean; text: string }[];
  length: number;
}
