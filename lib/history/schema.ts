import { z } from "zod";

export const claimHistorySchema = z.object({ workspaceSlug: z.string().min(1).max(100), claimId: z.string().min(1).max(100) });

export type ClaimHistoryInput = z.infer<typeof claimHistorySchema>;
