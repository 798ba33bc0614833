import type { SuggestionReason } from "./reasons";

/** One token of a sentence, as the features read it. */
export interface SentenceToken {
  text: string;
  /** Universal part of speech (wink-nlp): NUM, PROPN, VERB, ADJ… */
  pos: string;
  /** Named-entity type when the token is part of one (DATE, CARDINAL, PERCENT, MONEY…). */
  entity?: string;
}

/** A sentence of the article's plain text, located in UTF-16 units of that text. */
export interface TokenizedSentence {
  start16: number;
  end16: number;
  tokens: SentenceToken[];
}

/** A check-worthy sentence: code points of the article's plain text, like claim anchors. */
export interface SuggestionCandidate {
  start: number;
  end: number;
  exact: string;
  /** 0..1; higher is more check-worthy. */
  score: number;
  reasons: SuggestionReason[];
}

/** A stored pending suggestion, as the article page receives it. */
export interface SuggestionDTO {
  id: string;
  start: number;
  end: number;
  exact: string;
  score: number;
  reasons: SuggestionReason[];
}
