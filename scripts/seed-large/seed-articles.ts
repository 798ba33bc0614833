import type pg from "pg";
import { ANNOTATORS } from "./seed-people";
import { sentencePool, titlePool } from "./sentence-pool";
import type { StepTimer } from "./step-timer";

const BATCH = 10_000;

/**
 * Lays out every article in SQL (5–9 paragraphs of 3–6 sentences from the pool, joined by " "
 * within a paragraph and "\n" between paragraphs, exactly as docPlainText renders the stored
 * document) and inserts the articles in batches, oldest first, spread over `days` days. Leaves
 * seed_position (every sentence with its code-point offset and neighbours) for the claims.
 */
export async function seedArticles(client: pg.Client, timer: StepTimer, options: { workspaceId: string; articles: number; days: number; now: Date }) {
  const sentences = sentencePool();
  const titles = titlePool();
  await timer.step(`laid out ${options.articles.toLocaleString("en")} articles from ${sentences.length.toLocaleString("en")} sentences`, async () => {
    await client.query(`CREATE TEMP TABLE seed_sentence AS SELECT (ord - 1)::int AS id, body, char_length(body) AS len FROM unnest($1::text[]) WITH ORDINALITY AS t(body, ord)`, [sentences]);
    await client.query(`CREATE TEMP TABLE seed_title AS SELECT (ord - 1)::int AS id, title FROM unnest($1::text[]) WITH ORDINALITY AS t(title, ord)`, [titles]);
    // "+ 0 * a" keeps the inner series correlated, so each article draws its own lengths.
    await client.query(
      `CREATE TEMP TABLE seed_layout AS
       SELECT a, p, s, floor(random() * $2)::int AS sid
       FROM generate_series(1, $1::int) a
       CROSS JOIN LATERAL generate_series(1, (5 + floor(random() * 5) + 0 * a)::int) p
       CROSS JOIN LATERAL generate_series(1, (3 + floor(random() * 4) + 0 * p)::int) s`,
      [options.articles, sentences.length],
    );
    // Only ids and offsets here: the sentences' text is joined in when rows are written.
    await client.query(
      `CREATE TEMP TABLE seed_position AS
       SELECT l.a, l.p, l.s, l.sid, x.len,
              (sum(x.len + 1) OVER w - x.len - 1)::int AS off,
              lag(l.sid) OVER w AS prev_sid, lag(l.p) OVER w AS prev_p,
              lead(l.sid) OVER w AS next_sid, lead(l.p) OVER w AS next_p
       FROM seed_layout l JOIN seed_sentence x ON x.id = l.sid
       WINDOW w AS (PARTITION BY l.a ORDER BY l.p, l.s)
       ORDER BY l.a, l.p, l.s`,
    );
    await client.query(`CREATE INDEX ON seed_position (a)`);
    const span = options.days * 86_400;
    await client.query(
      `CREATE TEMP TABLE seed_article AS
       SELECT a, 'lar_' || lpad(a::text, 6, '0') AS id,
              $2::timestamp - make_interval(secs => $3::double precision * (1 - (a - 1)::double precision / $1) ) + make_interval(secs => random() * 3600 * 6) AS created_at,
              floor(random() * $4)::int AS author_idx,
              (a * 7919) % $5 AS title_id
       FROM generate_series(1, $1::int) a`,
      [options.articles, options.now, span, ANNOTATORS, titles.length],
    );
    await client.query(`UPDATE seed_article SET created_at = least(created_at, $1::timestamp - interval '2 hours')`, [options.now]);
  });

  for (let low = 1; low <= options.articles; low += BATCH) {
    const high = Math.min(options.articles, low + BATCH - 1);
    await timer.step(`articles ${high.toLocaleString("en")}/${options.articles.toLocaleString("en")}`, () =>
      client.query(
        `INSERT INTO "Article" ("id", "workspaceId", "title", "byline", "content", "plainText", "createdById", "createdAt", "updatedAt", "version")
         SELECT art.id, $1, t.title, m.name, doc.content, doc.plain_text, m.user_id, art.created_at, art.created_at + interval '5 minutes', 1
         FROM seed_article art
         JOIN seed_title t ON t.id = art.title_id
         JOIN seed_member m ON m.idx = art.author_idx
         JOIN (
           SELECT a,
                  jsonb_build_object('type', 'doc', 'content', jsonb_agg(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', para))) ORDER BY p)) AS content,
                  string_agg(para, E'\\n' ORDER BY p) AS plain_text
           FROM (SELECT a, p, string_agg(x.body, ' ' ORDER BY s) AS para FROM seed_position JOIN seed_sentence x ON x.id = sid
                 WHERE a BETWEEN $2 AND $3 GROUP BY a, p) paragraphs
           GROUP BY a
         ) doc ON doc.a = art.a
         WHERE art.a BETWEEN $2 AND $3`,
        [options.workspaceId, low, high],
      ),
    );
  }
}
