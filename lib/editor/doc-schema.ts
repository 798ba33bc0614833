import { z } from "zod";

export interface DocNodeJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNodeJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

const markSchema = z.object({
  type: z.string().max(50),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/** Structural shape of Tiptap JSON; whether the nodes fit the editor schema is checked after. */
export const docNodeSchema: z.ZodType<DocNodeJSON> = z.lazy(() =>
  z.object({
    type: z.string().max(50),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docNodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);
