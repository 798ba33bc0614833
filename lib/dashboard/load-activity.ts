import type { DashboardClient } from "./dashboard-client";
import type { ActivityDay } from "./types";

interface Range {
  start: Date;
  end: Date;
  days: string[];
}

/**
 * Claims created and reviews recorded per UTC day of the range (both on claims that are not
 * deleted, as the claim list behind each number shows them), from the per-day rollup; every day
 * present, zeros included.
 */
export async function loadActivity(db: DashboardClient, workspaceId: string, { start, end, days }: Range): Promise<ActivityDay[]> {
  const rows = await db.$queryRaw<{ day: string; claims: bigint; reviews: bigint }[]>`
    SELECT to_char("day", 'YYYY-MM-DD') AS day, sum("claims") AS claims, sum("reviews") AS reviews
    FROM "DashboardDailyStats"
    WHERE "workspaceId" = ${workspaceId} AND "day" >= ${start}::date AND "day" < ${end}::date
    GROUP BY "day"`;
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return days.map((day) => ({ day, claims: Number(byDay.get(day)?.claims ?? 0), reviews: Number(byDay.get(day)?.reviews ?? 0) }));
}
