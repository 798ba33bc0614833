import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimDTOInclude, toClaimDTO } from "./to-claim-dto";
import type { ClaimDTO } from "./types";

/** The claim as the UI sees it, read inside the caller's transaction so it is what was just saved. */
export async function loadClaimDTO(tx: Prisma.TransactionClient, claimId: string): Promise<ClaimDTO> {
  return toClaimDTO(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimDTOInclude }));
}
