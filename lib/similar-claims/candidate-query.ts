/** How many of a text's most distinctive words a candidate must share, out of how many. */
const KEY_WORDS = 6;
const MUST_SHARE = 4;

/**
 * Tsqueries (text form), any of which matches claims whose quote or wording (weight A) holds at least
 * MUST_SHARE of the KEY_WORDS most distinctive lexemes of any of the given texts (all of them
 * when a text has fewer). Longer lexemes and numbers count as more distinctive: they are the
 * names, figures and subjects a rewording keeps. None when no text has a lexeme.
 *
 * Each alternative is matched as a condition of its own (`@@ a OR @@ b …`): each one is an AND
 * that the GIN index answers by intersecting posting lists, where a single OR-of-ANDs tsquery
 * made GIN walk every listed word's whole posting list (2.6 times slower on the large dataset).
 */
export function candidateBranches(texts: string[][]): string[] {
  return texts.flatMap((lexemes) => {
    const keys = [...new Set(lexemes)].sort((a, b) => distinctiveness(b) - distinctiveness(a) || a.localeCompare(b)).slice(0, KEY_WORDS);
    if (keys.length === 0) return [];
    // A short text must keep all but one of its words (all of them when it has three or fewer).
    const size = keys.length >= KEY_WORDS ? MUST_SHARE : Math.max(Math.min(3, keys.length), keys.length - 1);
    return combinations(keys, size).map((combo) => combo.map((lexeme) => `${quoteLexeme(lexeme)}:A`).join(" & "));
  });
}

function distinctiveness(lexeme: string) {
  return /\d/.test(lexeme) ? lexeme.length + 4 : lexeme.length;
}

// tsquery syntax: a lexeme in single quotes, inner quotes and backslashes doubled/escaped.
function quoteLexeme(lexeme: string) {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, index) => combinations(items.slice(index + 1), size - 1).map((rest) => [item, ...rest]));
}
