import { z } from "zod";
import { createArticleSchema } from "@/lib/articles/schema";
import { docNodeSchema } from "@/lib/editor/doc-schema";
import { SOURCE_STANCES, WORKING_CLAIM_STATUSES } from "./types";

// Shared by the annotation forms and the server actions; the mutations re-check what needs the
// database (the article text, the workspace's labels, the editor schemas).

export const MAX_QUOTE_CODE_POINTS = 5_000;
export const NORMALIZED_TEXT_MAX = 1_000;
export const TAGS_MAX = 20;
export const TAG_MAX = 40;
export const SOURCES_MAX = 50;

const id = z.string().min(1).max(100);
const workspaceSlug = z.string().min(1).max(100);
const version = z.number().int().min(1);

/** A selection as the browser describes it: W3C quote + position selectors (code points). */
export const claimAnchorSchema = z
  .object({
    exact: z.string().min(1, "Select some text first.").max(MAX_QUOTE_CODE_POINTS * 2),
    prefix: z.string().max(1_000),
    suffix: z.string().max(1_000),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((anchor) => anchor.end > anchor.start, { message: "The selection is empty.", path: ["end"] })
  .refine((anchor) => anchor.end - anchor.start <= MAX_QUOTE_CODE_POINTS, {
    message: `Select at most ${MAX_QUOTE_CODE_POINTS.toLocaleString("en")} characters for one claim.`,
    path: ["exact"],
  })
  .refine((anchor) => anchor.exact.trim().length > 0, { message: "Select some text, not only spaces.", path: ["exact"] });

export const createClaimSchema = z.object({ workspaceSlug, articleId: id, anchor: claimAnchorSchema });

const tags = z
  .array(z.string().trim().min(1, "A tag cannot be empty.").max(TAG_MAX, `Keep each tag under ${TAG_MAX} characters.`))
  .max(TAGS_MAX, `Use at most ${TAGS_MAX} tags.`)
  // Case-insensitive duplicates collapse to the first spelling typed.
  .transform((list) => list.filter((tag, index) => list.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === index));

/** Fields of a claim that can be edited; omitted fields are left as they are. */
export const claimPatchSchema = z
  .object({
    normalizedText: z
      .string()
      .trim()
      .max(NORMALIZED_TEXT_MAX, `Keep the claim under ${NORMALIZED_TEXT_MAX} characters.`)
      .transform((value) => value || null)
      .nullable(),
    ratingLabelId: id.nullable(),
    // Structure only here; parseRationaleDoc checks it against the rationale editor on save.
    rationale: docNodeSchema.nullable(),
    tags,
    status: z.enum(WORKING_CLAIM_STATUSES),
  })
  .partial()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), { message: "Nothing to change." });

export const updateClaimSchema = z.object({ workspaceSlug, claimId: id, version, patch: claimPatchSchema });
export const claimRefSchema = z.object({ workspaceSlug, claimId: id });
export const reattachClaimSchema = z.object({ workspaceSlug, claimId: id, version, anchor: claimAnchorSchema });

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || null)
    .nullable()
    .optional();

/** One source of a claim, as the source form sends it. */
export const sourceInputSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the source's web address.")
    .max(2048, "The web address is too long.")
    // abort: one message per address, not "must start with http" and "invalid" together.
    .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), { message: "Enter a web address starting with http:// or https://.", abort: true })
    .refine((value) => URL.canParse(value), "Enter a valid web address."),
  title: z.string().trim().min(1, "Give the source a title.").max(500, "Keep the title under 500 characters."),
  publisher: optionalText(200, "Keep the publisher under 200 characters."),
  publishedAt: z
    .string()
    .trim()
    .refine((value) => value === "" || isIsoDate(value), "Enter the date as yyyy-mm-dd.")
    .transform((value) => value || null)
    .nullable()
    .optional(),
  excerpt: optionalText(5_000, "Keep the excerpt under 5,000 characters."),
  stance: z.enum(SOURCE_STANCES, "Choose whether the source supports, refutes or gives context."),
});

export const addSourceSchema = z.object({ workspaceSlug, claimId: id, version, source: sourceInputSchema });
export const updateSourceSchema = z.object({ workspaceSlug, claimId: id, version, sourceId: id, source: sourceInputSchema.partial() });
export const removeSourceSchema = z.object({ workspaceSlug, claimId: id, version, sourceId: id });
export const reorderSourcesSchema = z.object({
  workspaceSlug,
  claimId: id,
  version,
  orderedIds: z.array(id).max(SOURCES_MAX),
});

const articleFields = createArticleSchema.shape;

/** An edit of the article: any of its metadata, and/or new content (Tiptap JSON). */
export const updateArticleSchema = z.object({
  workspaceSlug,
  articleId: id,
  version,
  // Structure only here; parseArticleDoc checks it against the article editor on save.
  content: docNodeSchema.optional(),
  title: articleFields.title.optional(),
  byline: articleFields.byline,
  sourceUrl: articleFields.sourceUrl,
  publishedAt: articleFields.publishedAt,
});

function isIsoDate(value: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export type ClaimAnchorInput = z.infer<typeof claimAnchorSchema>;
export type CreateClaimInput = z.infer<typeof createClaimSchema>;
export type ClaimPatch = z.infer<typeof claimPatchSchema>;
export type UpdateClaimInput = z.infer<typeof updateClaimSchema>;
export type ClaimRefInput = z.infer<typeof claimRefSchema>;
export type ReattachClaimInput = z.infer<typeof reattachClaimSchema>;
export type SourceInput = z.infer<typeof sourceInputSchema>;
export type AddSourceInput = z.infer<typeof addSourceSchema>;
export type UpdateSourceInput = z.infer<typeof updateSourceSchema>;
export type RemoveSourceInput = z.infer<typeof removeSourceSchema>;
export type ReorderSourcesInput = z.infer<typeof reorderSourcesSchema>;
export type UpdateArticleInput = z.infer<typeof updateArticleSchema>;
