import { demoArticle } from "../../prisma/seed/demo-article";
import type { Random } from "../lib/random";

export interface GeneratedArticle {
  paragraphs: string[];
  /** paragraphs joined by "\n": exactly docPlainText of the stored document. */
  plainText: string;
  /** Every word's UTF-16 range in plainText and its paragraph, in order. */
  words: { start: number; end: number; paragraph: number }[];
}

// The sample article's words, in order, and which words follow which: sentences walk this
// chain (a bigram model), so generated prose has the sample's vocabulary and rhythm.
const sampleWords = demoArticle.paragraphs
  .join(" ")
  .replace(/[“”"‘’'(),.;:]+(?=\s|$)|(?<=\s|^)[“”"‘’'(]+/g, "")
  .split(/\s+/)
  .filter((word) => /\p{L}/u.test(word));
const followers = new Map<string, string[]>();
sampleWords.forEach((word, index) => {
  const next = sampleWords[index + 1];
  if (!next) return;
  const key = word.toLowerCase();
  followers.set(key, [...(followers.get(key) ?? []), next]);
});
const openers = sampleWords.filter((word) => /^\p{Lu}/u.test(word));
const speakers = ["Kirby said", "Earnest said", "the spokesperson said", "officials said", "Kirby noted"];
// A few non-BMP characters (a quoted social-media post), so code points and UTF-16 differ.
const posts = ["🕊️", "📢", "🇸🇾"];

/** A deterministic article of exactly `wordCount` words in about `paragraphCount` paragraphs. */
export function generateArticle(random: Random, wordCount: number, paragraphCount: number): GeneratedArticle {
  const paragraphs: string[] = [];
  const perParagraph = wordCount / paragraphCount;
  let remaining = wordCount;
  while (remaining > 0) {
    const size = Math.min(remaining, Math.max(8, Math.round(perParagraph * (0.6 + random.next() * 0.8))));
    paragraphs.push(paragraph(random, size));
    remaining -= size;
  }
  const plainText = paragraphs.join("\n");
  const words: GeneratedArticle["words"] = [];
  let offset = 0;
  paragraphs.forEach((text, index) => {
    for (const match of text.matchAll(/\S+/g)) words.push({ start: offset + match.index, end: offset + match.index + match[0].length, paragraph: index });
    offset += text.length + 1;
  });
  if (words.length !== wordCount) throw new Error(`generated ${words.length} words, expected ${wordCount}`);
  return { paragraphs, plainText, words };
}

function paragraph(random: Random, size: number): string {
  const sentences: string[] = [];
  let left = size;
  while (left > 0) {
    const length = Math.min(left, random.int(6, 26));
    // Leave no one-word tail sentence.
    const take = left - length < 3 ? left : length;
    sentences.push(sentence(random, take));
    left -= take;
  }
  return sentences.join(" ");
}

function sentence(random: Random, length: number): string {
  const quoted = length >= 8 && random.chance(0.15);
  const attribution = quoted ? random.pick(speakers).split(" ") : [];
  const bodyLength = length - attribution.length;
  const words = [random.pick(openers)];
  let previous = words[0];
  while (words.length < bodyLength) {
    const next = followers.get(previous.toLowerCase());
    // Now and then jump elsewhere in the sample, so the text does not just replay it.
    previous = next && !random.chance(0.15) ? random.pick(next) : random.pick(sampleWords);
    words.push(words.length < bodyLength - 1 && random.chance(0.05) ? `${previous},` : previous);
  }
  if (quoted && random.chance(0.1)) words[words.length - 1] += random.pick(posts);
  if (!quoted) return `${words.join(" ")}.`;
  return `“${words.join(" ")},” ${attribution.join(" ")}.`;
}
