import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { AckedWrite } from "./load-protocol";

export interface WriteCheck {
  acked: number;
  lost: number;
  /** A few lost writes, described, for the log. */
  examples: string[];
}

/**
 * Checks that every acknowledged write is in the database: created claims exist, each edit's
 * unique text is in the claim's history and its version was reached, each added source exists.
 */
export async function verifyAckedWrites(db: PrismaClient, acked: AckedWrite[]): Promise<WriteCheck> {
  const claimIds = [...new Set(acked.map((write) => write.claimId))];
  const [claims, sources, events] = await Promise.all([
    db.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, version: true } }),
    db.source.findMany({ where: { claimId: { in: claimIds } }, select: { claimId: true, url: true } }),
    db.claimEvent.findMany({ where: { claimId: { in: claimIds }, kind: "normalized_text" }, select: { claimId: true, after: true } }),
  ]);
  const versionOf = new Map(claims.map((claim) => [claim.id, claim.version]));
  const sourceUrls = new Set(sources.map((source) => `${source.claimId} ${source.url}`));
  const editTexts = new Map<string, string[]>();
  for (const event of events) (editTexts.get(event.claimId) ?? editTexts.set(event.claimId, []).get(event.claimId)!).push(JSON.stringify(event.after));

  const lost: string[] = [];
  for (const write of acked) {
    const version = versionOf.get(write.claimId);
    const found =
      version !== undefined &&
      version >= write.version &&
      (write.kind === "create" ||
        (write.kind === "source" && sourceUrls.has(`${write.claimId} ${write.marker}`)) ||
        (write.kind === "update" && (editTexts.get(write.claimId) ?? []).some((text) => text.includes(JSON.stringify(write.marker).slice(1, -1)))));
    if (!found) lost.push(`${write.kind} of claim ${write.claimId} (version ${write.version}${write.marker ? `, "${write.marker}"` : ""})`);
  }
  return { acked: acked.length, lost: lost.length, examples: lost.slice(0, 5) };
}
