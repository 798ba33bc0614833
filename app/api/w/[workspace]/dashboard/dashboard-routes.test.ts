import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createAuthFixture, type Actor } from "@/test/authorization/fixture";
import { GET as exportCsv } from "./export/route";
import { GET as feed } from "./route";

let acting: Actor | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => acting }));

afterEach(() => {
  acting = null;
});

/** The ETag rolls over each minute; start a comparison early in a minute so it cannot straddle one. */
async function startOfAMinute() {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

const context = (slug: string) => ({ params: Promise.resolve({ workspace: slug }) });

describe("the dashboard feed", () => {
  it("answers 304 while nothing changed and the new data once a claim changes", async () => {
    const fx = await createAuthFixture();
    acting = fx.members.viewer;
    const url = `http://localhost/api/w/${fx.slug}/dashboard?from=2020-01-01&to=2021-12-31`;
    await startOfAMinute();
    const first = await feed(new Request(url), context(fx.slug));
    expect(first.status).toBe(200);
    const etag = first.headers.get("ETag")!;
    const body = await first.json();
    expect(body.totals).toMatchObject({ total: 1, proposed: 1 });
    expect(body.range).toEqual({ from: "2020-01-01", to: "2021-12-31" });
    expect(first.headers.get("Cache-Control")).toBe("private, no-cache");

    const unchanged = await feed(new Request(url, { headers: { "If-None-Match": etag } }), context(fx.slug));
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");

    await db.claim.update({ where: { id: fx.claimId }, data: { status: "approved", approvedAt: new Date(), version: { increment: 1 } } });
    const changed = await feed(new Request(url, { headers: { "If-None-Match": etag } }), context(fx.slug));
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
    expect((await changed.json()).totals).toMatchObject({ total: 1, proposed: 0, approved: 1 });
  });

  it("does not reveal another workspace's version to an outsider holding its ETag", async () => {
    const fx = await createAuthFixture();
    acting = fx.members.viewer;
    const etag = (await feed(new Request(`http://localhost/api/w/${fx.slug}/dashboard`), context(fx.slug))).headers.get("ETag")!;
    acting = fx.outsider;
    const response = await feed(new Request(`http://localhost/api/w/${fx.slug}/dashboard`, { headers: { "If-None-Match": etag } }), context(fx.slug));
    expect(response.status).toBe(404);
  });
});

describe("the dashboard CSV export", () => {
  it("downloads labelled sections with the workspace's figures", async () => {
    const fx = await createAuthFixture();
    acting = fx.members.viewer;
    const response = await exportCsv(new Request(`http://localhost/api/w/${fx.slug}/dashboard/export?from=2026-01-01&to=2026-01-31&threshold=6`), context(fx.slug));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="authorization-test-dashboard-2026-01-01-to-2026-01-31.csv"');
    const lines = (await response.text()).split("\r\n");
    expect(lines).toContain("# Totals");
    expect(lines).toContain("proposed,1");
    expect(lines).toContain("# Waiting for review longer than 6 h (0 claims; longest waiting listed)");
    expect(lines.filter((line) => /^2026-01-\d\d,0,0$/.test(line))).toHaveLength(31);
    expect(lines.some((line) => line.startsWith(`${fx.articleId},Economy,1,0,1,0,0,0,`))).toBe(true);
  });
});
