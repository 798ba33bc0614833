import { z } from "zod";

const id = z.string().min(1).max(100);
const workspaceSlug = z.string().min(1).max(100);

export const assignClaimSchema = z.object({ workspaceSlug, claimId: id, version: z.number().int().min(1), assigneeId: id.nullable() });
export const assignArticleSchema = z.object({ workspaceSlug, articleId: id, assigneeId: id.nullable() });

export type AssignClaimInput = z.infer<typeof assignClaimSchema>;
export type AssignArticleInput = z.infer<typeof assignArticleSchema>;
