import type pg from "pg";
import type { StepTimer } from "./step-timer";

const BATCH = 100_000;

// The planned claims with their people, verdict labels and sentence texts.
const CLAIM_ROWS = `CREATE TEMP VIEW seed_claim_row AS
     SELECT c.*, 'lcl_' || lpad(c.n::text, 7, '0') AS claim_id, author.user_id AS author_id, reviewer.user_id AS reviewer_id,
            assignee.user_id AS assignee_id, label.id AS label_id, label.label AS label_name, independent.id AS independent_id,
            sentence.body, previous.body AS prev_body, following.body AS next_body
     FROM seed_claim c
     JOIN seed_sentence sentence ON sentence.id = c.sid
     LEFT JOIN seed_sentence previous ON previous.id = c.prev_sid
     LEFT JOIN seed_sentence following ON following.id = c.next_sid
     JOIN seed_member author ON author.idx = c.author_idx
     LEFT JOIN seed_member reviewer ON reviewer.idx = c.reviewer_idx
     LEFT JOIN seed_member assignee ON assignee.idx = c.assignee_idx
     LEFT JOIN seed_label label ON label.pos = c.label_pos
     LEFT JOIN seed_label independent ON independent.pos = c.independent_pos`;

// $1..$2: claim numbers of the batch; $3: the workspace.
const INSERT_CLAIMS = `INSERT INTO "Claim" ("id", "workspaceId", "articleId", "exact", "prefix", "suffix", "start", "end", "anchorStatus", "ratingLabelId",
                          "status", "disputed", "reviewRound", "submittedAt", "approvedAt", "assigneeId", "createdById", "createdAt", "updatedAt", "deletedAt", "version")
     SELECT claim_id, $3, article_id, body,
            right(coalesce(prev_body || CASE WHEN prev_p = p THEN ' ' ELSE E'\\n' END, ''), 32),
            left(coalesce(CASE WHEN next_p = p THEN ' ' ELSE E'\\n' END || next_body, ''), 32),
            off, off + len,
            (CASE WHEN orphaned THEN 'orphaned' ELSE 'anchored' END)::"AnchorStatus",
            label_id, status::"ClaimStatus", disputed,
            CASE WHEN submitted_at IS NULL THEN 0 WHEN second_round THEN 2 ELSE 1 END,
            submitted_at, CASE WHEN status = 'approved' THEN review_at END,
            assignee_id, author_id, created_at,
            greatest(created_at, CASE WHEN label_id IS NOT NULL THEN verdict_at END, submitted_at, review_at, deleted_at),
            deleted_at,
            1 + (label_id IS NOT NULL)::int + (submitted_at IS NOT NULL)::int + 2 * second_round::int + (review_at IS NOT NULL)::int + deleted::int
     FROM seed_claim_row WHERE n BETWEEN $1 AND $2`;

// Insert-only, as the ClaimEvent immutability trigger requires.
const INSERT_HISTORY = `WITH batch AS MATERIALIZED (SELECT * FROM seed_claim_row WHERE n BETWEEN $1 AND $2)
     INSERT INTO "ClaimEvent" ("id", "claimId", "workspaceId", "actorId", "kind", "before", "after", "createdAt")
     SELECT claim_id || '_' || suffix, claim_id, $3, actor, kind, before, after, at FROM (
       SELECT claim_id, 'c' AS suffix, 'created' AS kind, author_id AS actor, NULL::jsonb AS before,
              jsonb_build_object('exact', body, 'start', off, 'end', off + len, 'anchorStatus', 'anchored') AS after, created_at AS at
       FROM batch
       UNION ALL
       SELECT claim_id, 'v', 'verdict', author_id, jsonb_build_object('ratingLabelId', NULL, 'label', NULL), jsonb_build_object('ratingLabelId', label_id, 'label', label_name), verdict_at
       FROM batch WHERE label_id IS NOT NULL
       UNION ALL
       SELECT claim_id, 's1', 'submitted', author_id, jsonb_build_object('status', 'open', 'reviewRound', 0),
              jsonb_build_object('status', 'verdict_proposed', 'reviewRound', 1, 'ratingLabelId', label_id), coalesce(first_submitted_at, submitted_at)
       FROM batch WHERE submitted_at IS NOT NULL
       UNION ALL
       SELECT claim_id, 'x1', 'changes_requested', reviewer_id, jsonb_build_object('status', 'verdict_proposed'),
              jsonb_build_object('status', 'changes_requested', 'comment', 'Which year does the figure refer to? Please add the source.'), coalesce(first_review_at, review_at)
       FROM batch WHERE (status = 'changes_requested' OR second_round)
       UNION ALL
       SELECT claim_id, 's2', 'submitted', author_id, jsonb_build_object('status', 'changes_requested', 'reviewRound', 1),
              jsonb_build_object('status', 'verdict_proposed', 'reviewRound', 2, 'ratingLabelId', label_id), submitted_at
       FROM batch WHERE second_round
       UNION ALL
       SELECT claim_id, 'a', CASE WHEN disputed THEN 'independent_verdict' ELSE 'approved' END, reviewer_id,
              CASE WHEN disputed THEN jsonb_build_object('status', 'verdict_proposed', 'ratingLabelId', label_id, 'disputed', false)
                   ELSE jsonb_build_object('status', 'verdict_proposed', 'approvals', 0) END,
              CASE WHEN disputed THEN jsonb_build_object('status', 'verdict_proposed', 'independentRatingLabelId', independent_id, 'disputed', true)
                   ELSE jsonb_build_object('status', 'approved', 'approvals', 1, 'approvalsRequired', 1) END,
              review_at
       FROM batch WHERE (status = 'approved' OR disputed)
       UNION ALL
       SELECT claim_id, 'd', 'deleted', author_id, jsonb_build_object('exact', body), NULL, deleted_at
       FROM batch WHERE deleted
     ) history`;

const INSERT_REVIEWS = `INSERT INTO "Review" ("id", "claimId", "reviewerId", "round", "decision", "independentRatingLabelId", "comment", "createdAt")
     SELECT claim_id || '_r1', claim_id, reviewer_id, 1, 'changes_requested'::"ReviewDecision", NULL, 'Which year does the figure refer to? Please add the source.', coalesce(first_review_at, review_at)
     FROM seed_claim_row WHERE n BETWEEN $1 AND $2 AND (status = 'changes_requested' OR second_round)
     UNION ALL
     SELECT claim_id || '_r2', claim_id, reviewer_id, CASE WHEN second_round THEN 2 ELSE 1 END, 'approved'::"ReviewDecision", independent_id, NULL, review_at
     FROM seed_claim_row WHERE n BETWEEN $1 AND $2 AND (status = 'approved' OR disputed)`;

async function timed(work: () => Promise<pg.QueryResult>): Promise<{ rows: number; seconds: string }> {
  const started = Date.now();
  const result = await work();
  return { rows: result.rowCount ?? 0, seconds: `${((Date.now() - started) / 1000).toFixed(1)} s` };
}

/**
 * Inserts the planned claims with their history and reviews in batches of claim numbers, with a
 * progress line each (and where the batch's time went). History goes before reviews: a review
 * of an earlier round finds its round's submission there (dashboard_round_submitted_at).
 */
export async function seedClaims(client: pg.Client, timer: StepTimer, options: { workspaceId: string }) {
  await client.query(CLAIM_ROWS);
  const [{ total }] = (await client.query<{ total: string }>(`SELECT count(*) AS total FROM seed_claim`)).rows;
  const claims = Number(total);
  let reviews = 0;
  let events = 0;
  for (let low = 1; low <= claims; low += BATCH) {
    const high = Math.min(claims, low + BATCH - 1);
    const batch = [low, high, options.workspaceId];
    await timer.step(
      (times) => `claims ${high.toLocaleString("en")}/${claims.toLocaleString("en")}, reviews ${reviews.toLocaleString("en")}, history events ${events.toLocaleString("en")} [claims ${times.claims}, history ${times.history}, reviews ${times.reviews}]`,
      async () => {
        const claimRows = await timed(() => client.query(INSERT_CLAIMS, batch));
        const history = await timed(() => client.query(INSERT_HISTORY, batch));
        const reviewRows = await timed(() => client.query(INSERT_REVIEWS, batch.slice(0, 2)));
        events += history.rows;
        reviews += reviewRows.rows;
        return { claims: claimRows.seconds, history: history.seconds, reviews: reviewRows.seconds };
      },
    );
  }
  return { claims, reviews, events };
}
