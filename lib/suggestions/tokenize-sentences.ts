import type { ItemEntity, ItemSentence } from "wink-nlp";
import { loadNlp } from "./load-nlp";
import type { SentenceToken, TokenizedSentence } from "./types";

/**
 * Splits plain text into sentences with their tokens. The text is read once (one wink-nlp
 * document is much faster than one per paragraph), and a sentence is also cut at every line
 * break: a headline without a full stop must not run into the next paragraph. Offsets are
 * UTF-16 units of `text`; wink-nlp keeps every character, so token offsets are rebuilt from
 * the tokens and the spaces before them.
 */
export function tokenizeSentences(text: string): TokenizedSentence[] {
  const { nlp } = loadNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const offsets = new Array<number>(values.length);
  let cursor = 0;
  for (let index = 0; index < values.length; index++) {
    cursor += spaces[index].length;
    offsets[index] = cursor;
    cursor += values[index].length;
  }
  // Should wink-nlp ever normalize a character, offsets would drift: suggest nothing rather
  // than misplaced text.
  if (cursor !== text.length || values.some((value, index) => !text.startsWith(value, offsets[index]))) return [];

  const entities = new Array<string | undefined>(values.length);
  doc.entities().each((entity: ItemEntity) => {
    const [first, last] = entity.out(its.span) as unknown as number[];
    const type = entity.out(its.type) as string;
    for (let index = first; index <= last; index++) entities[index] = type;
  });

  const sentences: TokenizedSentence[] = [];
  let current: number[] = [];
  const flush = () => {
    if (current.length > 0) {
      const first = current[0];
      const last = current[current.length - 1];
      sentences.push({
        start16: offsets[first],
        end16: offsets[last] + values[last].length,
        tokens: current.map((index) => ({ text: values[index], pos: pos[index], entity: entities[index] }) satisfies SentenceToken),
      });
    }
    current = [];
  };
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as number[];
    for (let index = first; index <= last; index++) {
      if (pos[index] === "SPACE") {
        if (values[index].includes("\n")) flush();
        continue;
      }
      current.push(index);
    }
    flush();
  });
  return sentences;
}
