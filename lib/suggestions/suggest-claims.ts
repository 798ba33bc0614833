import { codePointMap } from "@/lib/editor/code-point-map";
import { scoreSentence, SUGGESTION_THRESHOLD } from "./score-sentence";
import { sentenceFeatures } from "./sentence-features";
import { tokenizeSentences } from "./tokenize-sentences";
import type { SuggestionCandidate } from "./types";

/**
 * Suggests the check-worthy sentences of an article's plain text (docPlainText), best first in
 * document order, located in code points exactly as claim anchors are. Pure and local: the
 * wink-nlp model is part of the npm package.
 */
export function suggestClaims(plainText: string, threshold = SUGGESTION_THRESHOLD): SuggestionCandidate[] {
  const map = codePointMap(plainText);
  const candidates: SuggestionCandidate[] = [];
  for (const sentence of tokenizeSentences(plainText)) {
    const features = sentenceFeatures(sentence.tokens);
    const score = scoreSentence(features);
    if (score < threshold) continue;
    candidates.push({
      start: map.toCodePoint(sentence.start16),
      end: map.toCodePoint(sentence.end16),
      exact: plainText.slice(sentence.start16, sentence.end16),
      score,
      reasons: features.reasons,
    });
  }
  return candidates;
}
