import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { SuggestionCandidate } from "../../lib/suggestions/types";

const rowSchema = z.object({
  id: z.string(),
  split: z.enum(["dev", "test"]),
  checkWorthy: z.boolean(),
  text: z.string().min(1),
  source: z.string(),
  licence: z.string(),
});
export type EvalRow = z.infer<typeof rowSchema>;

/** The labeled sentences of bench/suggestions/eval-set.jsonl (see the README beside it). */
export function readEvalSet(): EvalRow[] {
  const file = path.join(import.meta.dirname, "eval-set.jsonl");
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => rowSchema.parse(JSON.parse(line)));
}

export interface Confusion {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
}

/** A sentence counts as suggested when the suggester returns any candidate for it alone. */
export function evaluate(rows: EvalRow[], suggest: (text: string) => SuggestionCandidate[]): Confusion {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (const row of rows) {
    const suggested = suggest(row.text).length > 0;
    if (suggested && row.checkWorthy) truePositives++;
    else if (suggested) falsePositives++;
    else if (row.checkWorthy) falseNegatives++;
    else trueNegatives++;
  }
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives,
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
  };
}
