import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRandom } from "../../bench/lib/random";

// Article text for the large dataset: checkable statements in the shape fact-checkers see
// (who said what moved by how much, when), mixed with context sentences and with the sentences
// of the shared sample articles. Every sentence is longer than a claim's 32-character context,
// so a claim's prefix and suffix always come from its neighbours alone.

const speakers = ["The finance minister", "Senator Alvarez", "The mayor", "The opposition leader", "A government spokesperson", "The health secretary", "Governor Whitfield", "The central bank governor", "The education minister", "Congresswoman Okafor", "The police commissioner", "The trade union's president", "The prime minister", "A campaign adviser", "The energy regulator"];
const verbs = ["said", "claimed", "told reporters", "wrote on social media", "told the assembly", "argued in a televised debate", "insisted during the interview"];
const subjects = ["unemployment", "violent crime", "the national debt", "average rent", "exports to China", "hospital waiting times", "teacher salaries", "the price of bread", "carbon emissions", "the number of asylum applications", "youth unemployment", "public spending on defence", "the minimum wage", "home ownership", "childhood obesity", "the trade deficit", "electricity prices", "the prison population", "rail passenger numbers", "foreign investment"];
const moves = ["rose by", "fell by", "more than doubled, up", "dropped sharply, down", "increased by", "was cut by", "grew by", "shrank by"];
const amounts = ["3 percent", "12 percent", "a third", "half", "$4 billion", "40,000 people", "18 percent", "two points", "$250 million", "7.5 percent", "a quarter", "1.2 million"];
const periods = ["since 2019", "last year", "in the past decade", "over the last five years", "since the last election", "in the first quarter", "compared with 2015", "during this government's term"];
const context = [
  "The remarks came during a heated debate broadcast on national television on Tuesday evening.",
  "Official statistics published by the national statistics office tell a more complicated story.",
  "The figure was repeated several times during the campaign and shared widely online.",
  "Economists contacted for this article said the comparison depends on the base year chosen.",
  "Neither the ministry nor the campaign responded to repeated requests for comment by Friday.",
  "The claim echoes a talking point that has circulated in party leaflets for several months.",
  "Independent analysts pointed out that the data series was revised twice last year.",
  "A spokesperson later said the figure referred to a narrower measure than the one quoted.",
];

function fixtureSentences(): string[] {
  const dir = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "fixtures", "articles");
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith(".txt"));
  } catch {
    return [];
  }
  return files.flatMap((file) =>
    readFileSync(path.join(dir, file), "utf8")
      .split(/\n+/)
      .flatMap((line) => line.split(/(?<=[.!?][”"’]?)\s+(?=[“"‘A-Z])/))
      .map((sentence) => sentence.trim()),
  );
}

/** Distinct sentences (40 to 140 characters, no line breaks) to build articles from. */
export function sentencePool(size = 4_000): string[] {
  const random = createRandom(2024_11_05);
  const pool = new Set<string>([...fixtureSentences(), ...context].filter((sentence) => sentence.length > 40 && sentence.length <= 140 && !sentence.includes("\n")));
  while (pool.size < size) {
    const claim = `${random.pick(subjects)} ${random.pick(moves)} ${random.pick(amounts)} ${random.pick(periods)}`;
    const speaker = random.pick(speakers);
    pool.add(random.chance(0.5) ? `${speaker} ${random.pick(verbs)} that ${claim}.` : `${claim[0].toUpperCase()}${claim.slice(1)}, ${speaker.toLowerCase()} said.`);
  }
  return [...pool];
}

/** Headline-like titles for the articles. */
export function titlePool(size = 2_000): string[] {
  const random = createRandom(1989_11_09);
  const titles = new Set<string>();
  const angles = ["Fact check:", "Did", "Checking the claim that", "What we know about", "Explainer:"];
  while (titles.size < size) {
    const angle = random.pick(angles);
    const who = random.pick(speakers);
    const what = `${random.pick(subjects)} ${random.pick(moves).replace(/,.*$/, "")} ${random.pick(amounts)}`;
    titles.add(angle === "Did" ? `Did ${what} ${random.pick(periods)}, as ${who.toLowerCase()} says?` : `${angle} ${what} ${random.pick(periods)}, says ${who.toLowerCase()}`);
  }
  return [...titles];
}

const firstNames = ["Ada", "Bruno", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Keiko", "Liam", "Maya", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tara"];
const lastNames = ["Abbott", "Bianchi", "Chen", "Diallo", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen"];

/** A distinct member name per index (20 × 10 combinations, then numbered). */
export function memberName(index: number): string {
  const base = `${firstNames[index % firstNames.length]} ${lastNames[Math.floor(index / firstNames.length) % lastNames.length]}`;
  return index < firstNames.length * lastNames.length ? base : `${base} ${Math.floor(index / (firstNames.length * lastNames.length)) + 1}`;
}
