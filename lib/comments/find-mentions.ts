// Universal (no "server-only"): the server resolves mentions when a comment is posted, and the
// comment thread uses the same rules to highlight them.

export interface MentionCandidate {
  id: string;
  name: string;
  email?: string | null;
}

export interface MentionMatch {
  /** UTF-16 offsets of "@…" in the body, end exclusive. */
  start: number;
  end: number;
  userId: string;
}

const WORD = /[\p{L}\p{N}_]/u;

/**
 * Every "@Name" or "@email" in `body` that names one of `members` (case-insensitive, longest
 * match first, so "@Ann Lee" beats "@Ann"). An "@" inside a word (an email address typed as
 * text) starts no mention; unknown names stay plain text.
 */
export function findMentions(body: string, members: readonly MentionCandidate[]): MentionMatch[] {
  const handles = members
    .flatMap((member) => [member.name, member.email ?? ""].filter((handle) => handle.trim() !== "").map((handle) => ({ handle: handle.toLowerCase(), id: member.id })))
    .sort((a, b) => b.handle.length - a.handle.length);
  const lower = body.toLowerCase();
  const matches: MentionMatch[] = [];
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    if (at > 0 && WORD.test(body[at - 1])) continue;
    const found = handles.find(({ handle }) => lower.startsWith(handle, at + 1) && !continuesWord(body, at + 1 + handle.length));
    if (!found) continue;
    const end = at + 1 + found.handle.length;
    matches.push({ start: at, end, userId: found.id });
    at = end - 1;
  }
  return matches;
}

// "@Ann" must not match the start of "@Annabel"; a name followed by "." or "," still does.
function continuesWord(body: string, index: number) {
  if (index >= body.length) return false;
  if (WORD.test(body[index])) return true;
  // An email handle followed by more address characters ("@bob@x.org.uk" vs "@bob@x.org").
  return body[index] === "." && index + 1 < body.length && WORD.test(body[index + 1]);
}
