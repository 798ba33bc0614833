import { z } from "zod";

export const TITLE_MAX = 300;
export const TEXT_MAX = 1_000_000;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((value) => value || null)
    .nullable()
    .optional();

/** The new-article form, shared by the form and the server action: plain `text` or an imported `doc`. */
export const createArticleSchema = z.object({
  workspaceSlug: z.string().min(1).max(100),
  title: z.string().trim().min(1, "Give the article a title.").max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`),
  byline: optionalText(300, "The byline"),
  sourceUrl: z
    .string()
    .trim()
    .max(2048, "The source URL is too long.")
    .refine((value) => value === "" || /^https?:\/\/[^\s]+$/i.test(value), "Enter a web address starting with http:// or https://.")
    .refine((value) => value === "" || URL.canParse(value), "Enter a valid web address.")
    .transform((value) => value || null)
    .nullable()
    .optional(),
  publishedAt: z
    .string()
    .trim()
    .refine((value) => value === "" || !Number.isNaN(Date.parse(value)), "Enter a valid date.")
    .transform((value) => (value ? new Date(value) : null))
    .nullable()
    .optional(),
  text: z
    .string()
    .max(TEXT_MAX, `The article text is too long (over ${TEXT_MAX.toLocaleString("en")} characters).`)
    .refine((value) => value.trim().length > 0, "Paste the article text.")
    .optional(),
  /** An imported document (from an import preview); validated against the editor schema on save. */
  doc: z.unknown().optional(),
})
  .refine((input) => input.text !== undefined || input.doc != null, { path: ["text"], message: "Paste the article text." });

export type CreateArticleInput = z.infer<typeof createArticleSchema>;
