/** How many of a text's most distinctive words a candidate must share, out of how many. */
const KEY_WORDS = 6;
const MUST_SHARE = 4;

/**
 * Which words (positions among the key words) each index scan asks for, by how many key words
 * there are and how many must be shared: sets of one word fewer than must be shared, chosen so
 * that every set of `must share` words contains one of them (a covering design, found by
 * exhaustive search). A claim sharing enough key words therefore matches at least one of these
 * scans, and six three-word scans cost the full-text index a third of the fifteen four-word scans
 * they replace: on a large desk whose claims all use a few hundred common words, each scan
 * decodes long posting lists (the index part of a new wording's lookup on the large dataset
 * went from 140 to 50 ms under the same machine load).
 */
export const CANDIDATE_COVERS: Record<string, number[][]> = {
  "6:4": [[0, 1, 2], [0, 1, 3], [0, 4, 5], [1, 4, 5], [2, 3, 4], [2, 3, 5]],
  "5:4": [[0, 1, 2], [0, 1, 3], [2, 3, 4]],
  "4:3": [[0, 1], [2, 3]],
};

export interface CandidateQuery {
  /** Tsqueries (text form) for the full-text index, any of which a candidate matches. */
  scans: string[];
  /** Tsqueries (text form), any of which a candidate must match: the condition itself. */
  branches: string[];
}

/**
 * Claims whose quote or wording (weight A) holds at least MUST_SHARE of the KEY_WORDS most
 * distinctive lexemes of any of the given texts (all of them when a text has fewer, all but one
 * when it has four or five). Longer lexemes and numbers count as more distinctive: they are the
 * names, figures and subjects a rewording keeps. `branches` says exactly that, one alternative
 * per set of words that may be shared; `scans` (fewer and shorter) finds every claim that could
 * match from the index, the branches then checked on those claims only. Empty when no text has
 * a lexeme.
 *
 * Each alternative is matched as a condition of its own (`@@ a OR @@ b …`): each one is an AND
 * that the GIN index answers by intersecting posting lists, where a single OR-of-ANDs tsquery
 * made GIN walk every listed word's whole posting list (2.6 times slower on the large dataset).
 */
export function candidateQuery(texts: string[][]): CandidateQuery {
  const query: CandidateQuery = { scans: [], branches: [] };
  for (const lexemes of texts) {
    const keys = [...new Set(lexemes)].sort((a, b) => distinctiveness(b) - distinctiveness(a) || a.localeCompare(b)).slice(0, KEY_WORDS);
    if (keys.length === 0) continue;
    // A short text must keep all but one of its words (all of them when it has three or fewer).
    const size = keys.length >= KEY_WORDS ? MUST_SHARE : Math.max(Math.min(3, keys.length), keys.length - 1);
    const tsquery = (words: string[]) => words.map((lexeme) => `${quoteLexeme(lexeme)}:A`).join(" & ");
    const branches = combinations(keys, size).map(tsquery);
    const cover = CANDIDATE_COVERS[`${keys.length}:${size}`];
    query.branches.push(...branches);
    query.scans.push(...(cover ? cover.map((positions) => tsquery(positions.map((position) => keys[position]))) : branches));
  }
  return query;
}

function distinctiveness(lexeme: string) {
  return /\d/.test(lexeme) ? lexeme.length + 4 : lexeme.length;
}

// tsquery syntax: a lexeme in single quotes, inner quotes and backslashes doubled/escaped.
function quoteLexeme(lexeme: string) {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

export function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, index) => combinations(items.slice(index + 1), size - 1).map((rest) => [item, ...rest]));
}
