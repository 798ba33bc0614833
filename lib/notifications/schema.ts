import { z } from "zod";

const id = z.string().min(1).max(100);

export const listNotificationsSchema = z.object({
  workspaceSlug: z.string().min(1).max(100).optional(),
  unreadOnly: z.boolean().optional(),
  cursor: id.optional(),
});

export const markReadSchema = z.union([z.object({ ids: z.array(id).min(1).max(100) }), z.object({ all: z.literal(true) })]);

export type ListNotificationsInput = z.infer<typeof listNotificationsSchema>;
export type MarkReadInput = z.infer<typeof markReadSchema>;
