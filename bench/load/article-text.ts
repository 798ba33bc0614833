import { describeSelection } from "../../lib/anchoring/describe-selection";
import type { Random } from "../lib/random";

export interface LoadArticleText {
  plainText: string;
  /** Code-point ranges of whole sentences (the text is ASCII, so they are also string offsets). */
  sentences: { start: number; end: number }[];
}

const SUBJECTS = ["The council", "The ministry", "The mayor's office", "The health agency", "The union", "The school board"];
const VERBS = ["spent", "cut", "raised", "promised", "lost", "saved"];
const OBJECTS = ["on road repairs", "from the housing budget", "for new clinics", "in overtime pay", "on school meals", "for flood defences"];

/** A short article of numbered factual-sounding sentences, in paragraphs of four, for annotators to mark. */
export function generateLoadArticle(random: Random, sentenceCount = 24): LoadArticleText {
  const sentences: { start: number; end: number }[] = [];
  let plainText = "";
  for (let index = 0; index < sentenceCount; index++) {
    if (index > 0) plainText += index % 4 === 0 ? "\n" : " ";
    const sentence = `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.int(2, 90)}.${random.int(0, 9)} million ${random.pick(OBJECTS)} in ${random.int(2015, 2025)}.`;
    sentences.push({ start: plainText.length, end: plainText.length + sentence.length });
    plainText += sentence;
  }
  return { plainText, sentences };
}

/**
 * The anchor of a claim on one whole sentence of the text, as createClaimAction takes it: the
 * selectors the claim panel describes a selection with (lib/anchoring/describe-selection.ts).
 */
export function sentenceAnchor(plainText: string, sentence: { start: number; end: number }) {
  const { quote, position } = describeSelection(plainText, sentence.start, sentence.end);
  // describeSelection always gives a position; the type allows none for stored selectors.
  if (!position) throw new Error("describeSelection gave no position");
  return { exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "", start: position.start, end: position.end };
}
