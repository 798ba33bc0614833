import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readClaimDTO } from "./claim-dto-sql";
import type { ClaimDTO } from "./types";

/** The claim as the UI sees it, read inside the caller's transaction so it is what was just saved. */
export async function loadClaimDTO(tx: Pick<Prisma.TransactionClient, "$queryRaw">, claimId: string): Promise<ClaimDTO> {
  const claim = await readClaimDTO(tx, claimId);
  if (!claim) throw new Error(`claim ${claimId} vanished inside its own transaction`);
  return claim;
}
