import pg from "pg";

// A newsroom's worth of text for the search benchmark, generated in SQL (fast: one statement per
// table). Sentences combine real words the way checked claims read ("The mayor said that average
// rent rose by 14 percent since 2019."), so many claims share speakers, subjects and phrasing,
// as they do in a real desk: a hard case for trigram similarity and a realistic one for ranking.

const list = (words: string[]) => `ARRAY[${words.map((word) => `'${word.replace(/'/g, "''")}'`).join(", ")}]`;
const SPEAKERS = list(["The finance minister", "Senator Alvarez", "The mayor", "The opposition leader", "A government spokesperson", "The health secretary", "Governor Whitfield", "The central bank governor", "The education minister", "Congresswoman Okafor", "The police commissioner", "The union president", "The prime minister", "A campaign adviser", "The energy regulator"]);
const VERBS = list(["said", "claimed", "told reporters", "wrote on social media", "told the assembly", "argued in a televised debate", "insisted"]);
const SUBJECTS = list(["unemployment", "violent crime", "the national debt", "average rent", "exports to China", "hospital waiting times", "teacher salaries", "the price of bread", "carbon emissions", "asylum applications", "youth unemployment", "defence spending", "the minimum wage", "home ownership", "childhood obesity", "the trade deficit", "electricity prices", "the prison population", "rail passenger numbers", "foreign investment"]);
const MOVES = list(["rose", "fell", "doubled", "dropped", "increased", "declined", "grew", "shrank"]);
const PERIODS = list(["since 2019", "last year", "in a decade", "over the past five years", "since the election", "this quarter", "in the first half of the year", "since the pandemic", "under the previous government", "in the last twelve months"]);
const EVIDENCE = list(["Official statistics", "The national audit office", "Census data", "The central bank's survey", "Ministry figures", "An independent study", "Eurostat tables", "The regulator's annual report", "Court records", "Satellite imagery"]);
const PUBLISHERS = list(["National Statistics Office", "Reuters", "The Guardian", "Associated Press", "OECD", "World Bank", "Ministry of Finance", "BBC News", "Eurostat", "Le Monde"]);

/** SQL for the pick of word list `array` by row number `n` and a salt. */
const pick = (array: string, length: number, salt: string, row = "n") => `(${array})[1 + abs(hashtext(${row}::text || '${salt}')) % ${length}]`;
const number = (salt: string) => `(2 + abs(hashtext(n::text || '${salt}')) % 88)`;
const sentence = `${pick(SPEAKERS, 15, "s")} || ' ' || ${pick(VERBS, 7, "v")} || ' that ' || ${pick(SUBJECTS, 20, "j")} || ' ' || ${pick(MOVES, 8, "m")} || ' by ' || ${number("p")} || ' percent ' || ${pick(PERIODS, 10, "t")} || '.'`;

export interface SearchDataset {
  workspaceId: string;
  slug: string;
  claims: number;
}

/** Seeds one workspace with `articles` articles, `claims` claims (60% with a rationale) and sources. */
export async function seedSearchDataset(url: string, sizes: { articles: number; claims: number }, log: (line: string) => void): Promise<SearchDataset> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const run = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    log(`${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  try {
    await run("workspace", `INSERT INTO "Workspace" (id, slug, name, "updatedAt") VALUES ('bench-ws', 'bench-search', 'Search bench', now())`);
    await run("users", `INSERT INTO "User" (id, email, name, "updatedAt") SELECT 'bench-user-' || n, 'bench' || n || '@example.org', 'Checker ' || n, now() FROM generate_series(1, 20) n`);
    await run("members", `INSERT INTO "Membership" (id, "workspaceId", "userId", role) SELECT 'bench-m-' || n, 'bench-ws', 'bench-user-' || n, 'editor' FROM generate_series(1, 20) n`);
    await run(
      "rating labels",
      `INSERT INTO "RatingLabel" (id, "workspaceId", label, color, value, position, "updatedAt")
       SELECT 'bench-label-' || n, 'bench-ws', (ARRAY['True','Mostly true','Half true','Mostly false','False','Misleading','Unproven'])[n], '#888888', 6 - least(n, 5), n, now()
       FROM generate_series(1, 7) n`,
    );
    await run(
      "articles",
      `INSERT INTO "Article" (id, "workspaceId", title, content, "plainText", "createdById", "createdAt", "updatedAt")
       SELECT 'bench-article-' || a, 'bench-ws', initcap(${pick(SUBJECTS, 20, "ta", "a")}) || ': what the figures say (' || a || ')',
              '{"type":"doc","content":[]}'::jsonb,
              (SELECT string_agg(${sentence}, ' ') FROM generate_series(a * 40, a * 40 + 39) n),
              'bench-user-' || (1 + a % 20), now() - a * interval '1 hour', now()
       FROM generate_series(1, $1::int) a`,
      [sizes.articles],
    );
    await run(
      "claims",
      `INSERT INTO "Claim" (id, "workspaceId", "articleId", exact, start, "end", "normalizedText", rationale, "ratingLabelId", status, "createdById", "createdAt", "updatedAt")
       SELECT 'bench-claim-' || n, 'bench-ws', 'bench-article-' || (1 + n % $2::int), ${sentence}, 0, 80,
              CASE WHEN n % 10 < 3 THEN initcap(${pick(SUBJECTS, 20, "j")}) || ' ' || ${pick(MOVES, 8, "m")} || ' by ' || ${number("p")} || ' percent ' || ${pick(PERIODS, 10, "t")} END,
              CASE WHEN n % 10 < 6 THEN jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(
                jsonb_build_object('type', 'text', 'text', ${pick(EVIDENCE, 10, "e")} || ' show that ' || ${pick(SUBJECTS, 20, "j")} || ' ' || ${pick(MOVES, 8, "r")} || ' by ' || ${number("q")} || ' percent, not ' || ${number("p")} || '.'))))) END,
              CASE WHEN n % 4 > 0 THEN 'bench-label-' || (1 + n % 7) END,
              (ARRAY['open','in_progress','verdict_proposed','changes_requested','approved'])[1 + n % 5]::"ClaimStatus",
              'bench-user-' || (1 + n % 20), now() - n * interval '1 minute', now()
       FROM generate_series(1, $1::int) n`,
      [sizes.claims, sizes.articles],
    );
    await run(
      "sources",
      `INSERT INTO "Source" (id, "claimId", url, title, publisher, excerpt, stance, position, "updatedAt")
       SELECT 'bench-source-' || n, 'bench-claim-' || n, 'https://example.org/report/' || n,
              ${pick(PUBLISHERS, 10, "u")} || ' report on ' || ${pick(SUBJECTS, 20, "j")}, ${pick(PUBLISHERS, 10, "u")},
              ${pick(EVIDENCE, 10, "e")} || ' for ' || ${pick(PERIODS, 10, "t")} || ' on ' || ${pick(SUBJECTS, 20, "j")} || '.',
              (ARRAY['supports','refutes','context'])[1 + n % 3]::"SourceStance", 0, now()
       FROM generate_series(1, $1::int) n WHERE n % 5 < 3`,
      [sizes.claims],
    );
    await run("analyze", `ANALYZE`);
    return { workspaceId: "bench-ws", slug: "bench-search", claims: sizes.claims };
  } finally {
    await client.end();
  }
}
