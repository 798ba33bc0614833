import type { Prisma } from "../generated/prisma/client";
import { DEFAULT_RATING_SCALE } from "./default-rating-scale";

/**
 * Gives a workspace the default rating scale. Safe to call twice (or concurrently): existing
 * labels are left alone. Takes a transaction client so it joins the workspace's creation.
 * Imported by the seed script too, so it must stay free of "server-only" and path aliases at run time.
 */
export async function createDefaultRatingScale(client: Pick<Prisma.TransactionClient, "ratingLabel">, workspaceId: string) {
  await client.ratingLabel.createMany({
    data: DEFAULT_RATING_SCALE.map((label, position) => ({ ...label, workspaceId, position })),
    skipDuplicates: true,
  });
}
