import type pg from "pg";
import { ANNOTATORS, REVIEWERS } from "./seed-people";

/**
 * Picks the claimed sentences (the newest articles get none once the target is reached, as an
 * archive's latest pieces are still waiting for checkers) and decides each claim's life in one
 * SQL pass: author, verdict, status by age (old claims are mostly approved, recent ones still in
 * work), submission and review times, disputes, independent verdicts, deletions and orphans.
 * Result: temp table seed_claim (ids and times only), numbered 1..claims in article order.
 */
export async function planClaims(client: pg.Client, options: { claims: number; now: Date }) {
  const [{ count }] = (await client.query<{ count: string }>(`SELECT count(*) FROM seed_position`)).rows;
  const probability = Math.min(1, (options.claims * 1.1) / Number(count));
  // Verdicts: False .25, Mostly false .15, Half true .15, Mostly true .12, True .15, Misleading .12, Unproven .06.
  // Statuses: claims older than 30 days are 90% approved; newer ones are mostly still in work.
  await client.query(
    `CREATE TEMP TABLE seed_claim AS
     WITH picked AS (
       SELECT * FROM (SELECT * FROM seed_position WHERE random() < $4) candidates LIMIT $5
     ), drawn AS (
       SELECT row_number() OVER (ORDER BY c.a, c.p, c.s) AS n, c.*, art.id AS article_id,
              least(art.created_at + make_interval(secs => random() * 3 * 86400), $1::timestamp - interval '1 minute') AS created_at,
              floor(power(random(), 1.5) * $3::int)::int AS author_idx,
              random() AS r_status, random() AS r_verdict, random() AS r_flag, random() AS r_time1, random() AS r_time2,
              random() AS r_time3, random() AS r_rev, random() AS r_ind, random() AS r_assign
       FROM picked c JOIN seed_article art ON art.a = c.a
     ), decided AS (
       SELECT d.*,
              CASE WHEN $1::timestamp - created_at > interval '30 days' THEN
                     CASE WHEN r_status < 0.90 THEN 'approved' WHEN r_status < 0.93 THEN 'changes_requested' WHEN r_status < 0.935 THEN 'verdict_proposed'
                          WHEN r_status < 0.97 THEN 'open' ELSE 'in_progress' END
                   ELSE
                     CASE WHEN r_status < 0.40 THEN 'approved' WHEN r_status < 0.48 THEN 'changes_requested' WHEN r_status < 0.70 THEN 'verdict_proposed'
                          WHEN r_status < 0.85 THEN 'open' ELSE 'in_progress' END
              END AS status,
              CASE WHEN r_verdict < 0.25 THEN 4 WHEN r_verdict < 0.40 THEN 3 WHEN r_verdict < 0.55 THEN 2 WHEN r_verdict < 0.67 THEN 1
                   WHEN r_verdict < 0.82 THEN 0 WHEN r_verdict < 0.94 THEN 5 ELSE 6 END AS verdict_pos,
              -- A reviewer other than the author (members 0..REVIEWERS-1 review).
              floor(power(r_rev, 1.3) * $2::int)::int AS drawn_reviewer
       FROM drawn d
     ), timed AS (
       SELECT t.*,
              -- Open claims: 40% still without a verdict.
              CASE WHEN status IN ('open', 'in_progress') AND r_flag > 0.6 THEN NULL ELSE verdict_pos END AS label_pos,
              status = 'verdict_proposed' AND r_ind < 0.08 AS disputed,
              status = 'approved' AND r_time1 < 0.10 AS second_round,
              CASE WHEN status IN ('open', 'in_progress') THEN NULL
                   ELSE least(created_at + make_interval(secs => 1800 + power(r_time2, 2) * 4 * 86400), $1::timestamp - interval '3 minutes') END AS submitted_at
       FROM decided t
     ), reviewed AS (
       SELECT r.*,
              CASE WHEN status IN ('approved', 'changes_requested') OR disputed
                   THEN least(submitted_at + make_interval(secs => 900 + power(r_time3, 3) * 7 * 86400), $1::timestamp - interval '1 minute') END AS review_at
       FROM timed r
     )
     SELECT n, a, p, s, sid, len, off, prev_sid, prev_p, next_sid, next_p, article_id, created_at, author_idx, status, label_pos, disputed, second_round,
            submitted_at, review_at,
            least(created_at + interval '10 minutes', $1::timestamp - interval '2 minutes') AS verdict_at,
            CASE WHEN second_round THEN submitted_at - (submitted_at - created_at) * 0.5 END AS first_review_at,
            CASE WHEN second_round THEN submitted_at - (submitted_at - created_at) * 0.8 END AS first_submitted_at,
            CASE WHEN drawn_reviewer = author_idx THEN (author_idx + 1) % $2::int ELSE drawn_reviewer END AS reviewer_idx,
            CASE WHEN disputed THEN (verdict_pos + 1 + floor(r_ind * 1000)::int % 6) % 7
                 WHEN status = 'approved' AND r_ind < 0.10 THEN verdict_pos
                 WHEN status = 'approved' AND r_ind < 0.12 THEN (verdict_pos + 1 + floor(r_ind * 10000)::int % 6) % 7 END AS independent_pos,
            CASE WHEN status <> 'approved' AND r_assign < 0.3 THEN floor(r_assign / 0.3 * $3::int)::int END AS assignee_idx,
            r_flag < 0.015 AS deleted,
            r_flag >= 0.015 AND r_flag < 0.025 AS orphaned,
            -- Deleted an hour after their last step.
            CASE WHEN r_flag < 0.015 THEN least(coalesce(review_at, submitted_at, created_at) + interval '1 hour', $1::timestamp - interval '30 seconds') END AS deleted_at
     FROM reviewed`,
    [options.now, REVIEWERS, ANNOTATORS, probability, options.claims],
  );
  await client.query(`CREATE INDEX ON seed_claim (n)`);
  await client.query(`ANALYZE seed_claim`);
}
