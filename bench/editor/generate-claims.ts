import { codePointMap } from "../../lib/editor/code-point-map";
import type { Random } from "../lib/random";
import type { GeneratedArticle } from "./generate-article";

export interface GeneratedClaim {
  /** Code points of the article's plainText, as stored. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** "single": no other claim shares any of its characters (safe to click anywhere on it). */
  kind: "single" | "nested" | "overlapping";
}

const CONTEXT = 32; // code points of prefix/suffix, as lib/anchoring stores them

/**
 * `count` claims of 3–12 words spread evenly over the article, never crossing a paragraph;
 * `tangled` of them sit inside or across another claim, as real annotation sometimes does.
 */
export function generateClaims(random: Random, article: GeneratedArticle, count: number, tangled: number): GeneratedClaim[] {
  const { words, plainText } = article;
  const map = codePointMap(plainText);
  const spans: { first: number; last: number; kind: GeneratedClaim["kind"] }[] = [];
  const spread = count - tangled;
  const bin = words.length / spread;
  for (let index = 0; index < spread; index++) {
    const binStart = Math.floor(index * bin);
    const binEnd = Math.floor((index + 1) * bin) - 2; // a gap of at least one word to the next claim
    const first = binStart + random.int(0, Math.max(0, Math.floor(bin / 4)));
    let last = Math.min(binEnd, first + random.int(2, 11));
    while (words[last].paragraph !== words[first].paragraph) last--;
    spans.push({ first, last, kind: "single" });
  }
  for (let index = 0; index < tangled; index++) {
    // Tangle with a long enough claim that nothing else is tangled with yet.
    let host = spans[random.int(0, spread - 1)];
    while (host.kind !== "single" || host.last - host.first < 4) host = spans[random.int(0, spread - 1)];
    if (index % 3 !== 2) {
      host.kind = "nested";
      const first = host.first + random.int(1, 2);
      spans.push({ first, last: first + random.int(1, host.last - first - 1), kind: "nested" });
    } else {
      host.kind = "overlapping";
      const first = host.first + random.int(1, host.last - host.first - 1);
      // One word past the host: still inside the gap before the next claim, so only two tangle.
      const last = words[host.last + 1]?.paragraph === words[first].paragraph ? host.last + 1 : host.last;
      spans.push({ first, last, kind: "overlapping" });
    }
  }
  return spans.map(({ first, last, kind }) => {
    const from = words[first].start;
    const to = words[last].end;
    const before = Array.from(plainText.slice(Math.max(0, from - 2 * CONTEXT), from));
    const after = Array.from(plainText.slice(to, to + 2 * CONTEXT));
    return {
      start: map.toCodePoint(from),
      end: map.toCodePoint(to),
      exact: plainText.slice(from, to),
      prefix: before.slice(-CONTEXT).join(""),
      suffix: after.slice(0, CONTEXT).join(""),
      kind,
    };
  });
}
