import type { SuggestionReason } from "./reasons";
import type { SentenceToken } from "./types";

/** What the scorer found in one sentence: the reasons to suggest it and the reasons not to. */
export interface SentenceFeatures {
  reasons: SuggestionReason[];
  /** A question (the sentence, or the quote it reports, ends with "?"). */
  question: boolean;
  /** Speaker's feeling or judgement: "I feel", "we hope", "that's tragic", "we need to". */
  opinion: boolean;
  /** A forecast or hedge rather than a statement of fact: "expects", "likely", "may". */
  hedged: boolean;
  /** Words, not counting punctuation. */
  wordCount: number;
}

const NUMBER_ENTITIES = new Set(["CARDINAL", "PERCENT", "MONEY", "QUANTITY"]);
const NUMBER_WORDS = /^(dozens|hundreds|thousands|millions|billions|half|quarter|third|twice|double|triple|majority|minority)$/;
const SCALE_WORDS = /^(hundred|thousand|million|billion|trillion|percent|per|cent)$/;
const CURRENCY = /^[$€£¥]|^(us|a|nz|c)\$/i;
const DIGITS = /\d/;

const SUPERLATIVE = /^(most|least|best|worst|largest|biggest|smallest|highest|lowest|greatest|fastest|slowest|oldest|youngest|longest|shortest|deadliest|richest|poorest|strongest|weakest|hardest|heaviest|first-ever|record|record-breaking|unprecedented)$/;
const COMPARATIVE = /^(than|more|less|fewer|compared|versus|outnumber(s|ed)?)$/;
const CHANGE_VERBS = /^(rose|rise[ns]?|risen|fell|fall(s|en)?|declined?|declines|increased?|increases|decreased?|decreases|doubled|tripled|halved|grew|grown|dropped|surged|plunged|climbed|jumped|soared|slumped|shrank|expanded|cut|raised|lowered)$/;
const ORDINAL_RANK = /^(first|second|third|fourth|fifth|last)$/;

const REPORTING = /^(said|says|say|told|tells|announced|announces|stated|states|claimed|claims|claim|reported|reports|confirmed|confirms|denied|denies|accused|accuses|estimated|estimates|revealed|reveals|noted|notes|added|insisted|argued|warned|testified|admitted|acknowledged|alleged|declared|disclosed)$/;
const CAUSAL_SINGLE = /^(because|caused|causes|causing|blamed|blames|triggered|triggers|owing)$/;
const CAUSAL_PAIRS = new Set(["due to", "led to", "leads to", "lead to", "result of", "resulted in", "results in", "responsible for", "as a", "thanks to", "linked to", "contributed to", "the cause"]);

const FEELING_VERBS = /^(feel|feels|felt|think|thinks|believe|believes|hope|hopes|wish|love|hate|fear|worry|worried|shocked|saddened|delighted|proud|sorry|glad|happy|sad|angry|concerned|afraid|pleased|disappointed|need|must|should)$/;
const FIRST_PERSON = /^(i|we|i'm|we're|i've|we've|our|my)$/;
const EVALUATIVE = /^(tragic|terrible|wonderful|great|awful|sad|shameful|outrageous|ridiculous|astonishing|amazing|horrible|disgraceful|unacceptable|clear|important|good|bad|fair|unfair|wrong|right)$/;
const HEDGES = /^(expect|expects|expected|projected|predicted|forecast|forecasts|likely|unlikely|may|might|could|possibly|perhaps|probably|uncertain|unsure|reportedly|apparently|seemingly|allegedly)$/;

/** Reads the check-worthiness features of one tokenized sentence (explainable, rule-based). */
export function sentenceFeatures(tokens: SentenceToken[]): SentenceFeatures {
  const lower = tokens.map((token) => token.text.toLowerCase());
  const words = tokens.filter((token) => token.pos !== "PUNCT" && token.pos !== "SPACE" && token.pos !== "SYM");
  const reasons = new Set<SuggestionReason>();

  tokens.forEach((token, index) => {
    const word = lower[index];
    const next = lower[index + 1] ?? "";
    const previous = lower[index - 1] ?? "";
    if (token.entity === "DATE" || (token.entity === "TIME" && DIGITS.test(token.text))) {
      if (!/^(today|now|currently|recently)$/.test(word)) reasons.add("date");
    } else if (isNumber(token, word, next)) reasons.add("number");

    if (SUPERLATIVE.test(word) && token.pos !== "NOUN") reasons.add("comparison");
    if (token.pos === "ADJ" && /[a-z]{3,}est$/.test(word) && !/(honest|modest|earnest|interest|latest)$/.test(word)) reasons.add("comparison");
    if (COMPARATIVE.test(word) && (word !== "more" && word !== "less" ? true : next === "than" || /^(ADJ|NOUN|NUM)$/.test(tokens[index + 1]?.pos ?? ""))) {
      if (word === "than" || word === "compared" || next === "than") reasons.add("comparison");
    }
    if (CHANGE_VERBS.test(word) && token.pos === "VERB") reasons.add("comparison");
    if (ORDINAL_RANK.test(word) && (next === "time" || /est$/.test(next))) reasons.add("comparison");

    if (REPORTING.test(word) && (token.pos === "VERB" || token.pos === "AUX")) reasons.add("attribution");
    if (word === "according" && next === "to") reasons.add("attribution");

    if (CAUSAL_SINGLE.test(word) && !(word === "owing" && next !== "to")) reasons.add("causal");
    if (CAUSAL_PAIRS.has(`${word} ${next}`) && !(word === "as" && lower[index + 2] !== "result")) reasons.add("causal");
    if (word === "because" && previous === "not") reasons.delete("causal");
  });

  const trimmed = lower.filter((word) => !/^[\s"'“”‘’)»]+$/.test(word));
  const question = trimmed.at(-1) === "?" || lower.some((word, index) => word === "?" && /^["“”']$/.test(lower[index + 1] ?? ""));
  return {
    reasons: [...reasons],
    question,
    opinion: hasOpinion(lower, tokens),
    hedged: lower.some((word) => HEDGES.test(word)),
    wordCount: words.length,
  };
}

function isNumber(token: SentenceToken, word: string, next: string) {
  // "3D printers", "5G": a digit in a name, not a quantity.
  if (/^\d[a-z]$/.test(word)) return false;
  if (token.entity && NUMBER_ENTITIES.has(token.entity)) return word !== "one" || SCALE_WORDS.test(next);
  if (token.entity === "DURATION" && (DIGITS.test(word) || token.pos === "NUM")) return true;
  if (token.pos === "NUM") return word !== "one" || SCALE_WORDS.test(next);
  return NUMBER_WORDS.test(word) || CURRENCY.test(token.text) || /^\d[\d,.]*%?$/.test(word);
}

// "I feel…", "we need to…", "that's tragic": the speaker's view, which no record can confirm.
function hasOpinion(lower: string[], tokens: SentenceToken[]) {
  for (let index = 0; index < lower.length; index++) {
    const word = lower[index];
    if (FIRST_PERSON.test(word) && lower.slice(index + 1, index + 4).some((next) => FEELING_VERBS.test(next))) return true;
    if (/^(that|this|it)$/.test(word) && /^('s|is|was|’s)$/.test(lower[index + 1] ?? "")) {
      const after = lower.slice(index + 2, index + 4);
      if (after.some((next, offset) => EVALUATIVE.test(next) && tokens[index + 2 + offset]?.pos === "ADJ")) return true;
    }
  }
  return false;
}
