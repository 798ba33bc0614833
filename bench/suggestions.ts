// `npm run bench -- suggestions`: the claim suggester (lib/suggestions) on its own, no app or
// database. Figures: precision and recall on the labeled evaluation set (all of it, and the
// held-out test split the rules were not tuned on), the model's load time, and the time to
// suggest on a generated 20,000-word article (p50/p95 over RUNS after a warm-up).
import { log } from "./lib/log";
import { createRandom } from "./lib/random";
import { printResult, printTable, type ReportRow } from "./lib/report";
import { percentile, round } from "./lib/stats";
import { generateArticle } from "./editor/generate-article";
import { evaluate, readEvalSet } from "./suggestions/evaluate";

const SEED = 2016_10_03;
const WORDS = 20_000;
const PARAGRAPHS = 400;
const RUNS = 10;

export async function main() {
  // Loading the model (importing the package and building the pipeline) is timed apart from
  // suggesting: a server pays it once per process.
  const loadStarted = performance.now();
  const { loadNlp } = await import("../lib/suggestions/load-nlp");
  loadNlp();
  const modelLoadMs = performance.now() - loadStarted;
  const { suggestClaims } = await import("../lib/suggestions/suggest-claims");

  const rows = readEvalSet();
  const all = evaluate(rows, suggestClaims);
  const test = evaluate(rows.filter((row) => row.split === "test"), suggestClaims);
  const dev = evaluate(rows.filter((row) => row.split === "dev"), suggestClaims);
  log(`evaluation set: ${rows.length} sentences (${rows.filter((row) => row.checkWorthy).length} check-worthy)`);

  const article = generateArticle(createRandom(SEED), WORDS, PARAGRAPHS);
  let suggested = suggestClaims(article.plainText).length;
  const samples: number[] = [];
  // CPU time too: on a busy machine wall time includes waiting for a core, CPU time does not.
  const cpuSamples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    suggested = suggestClaims(article.plainText).length;
    const used = process.cpuUsage(cpu);
    samples.push(performance.now() - started);
    cpuSamples.push((used.user + used.system) / 1000);
  }
  log(`20,000-word article: ${suggested} sentences suggested`);

  const rowsOut: ReportRow[] = [
    { figure: "precision (all)", value: round(all.precision, 3), unit: "", note: `${all.truePositives} TP, ${all.falsePositives} FP; target ≥ 0.8` },
    { figure: "recall (all)", value: round(all.recall, 3), unit: "", note: `${all.falseNegatives} FN; target ≥ 0.7` },
    { figure: "precision (test split)", value: round(test.precision, 3), unit: "", note: "held out: rules not tuned on it" },
    { figure: "recall (test split)", value: round(test.recall, 3), unit: "" },
    { figure: "precision (dev split)", value: round(dev.precision, 3), unit: "" },
    { figure: "recall (dev split)", value: round(dev.recall, 3), unit: "" },
    { figure: "model load", value: round(modelLoadMs), unit: "ms", note: "once per process" },
    { figure: "suggest 20k words p50", value: round(percentile(samples, 50)), unit: "ms" },
    { figure: "suggest 20k words p95", value: round(percentile(samples, 95)), unit: "ms", target: { op: "<", limit: 300 } },
    { figure: "suggest 20k words CPU p50", value: round(percentile(cpuSamples, 50)), unit: "ms", note: "CPU time of this process" },
  ];
  printTable(rowsOut);
  printResult("suggestions", {
    eval_sentences_count: rows.length,
    precision_ratio: round(all.precision, 3),
    recall_ratio: round(all.recall, 3),
    test_precision_ratio: round(test.precision, 3),
    test_recall_ratio: round(test.recall, 3),
    dev_precision_ratio: round(dev.precision, 3),
    dev_recall_ratio: round(dev.recall, 3),
    model_load_ms: round(modelLoadMs),
    suggest_20k_words_p50_ms: round(percentile(samples, 50)),
    suggest_20k_words_p95_ms: round(percentile(samples, 95)),
    suggest_20k_words_cpu_p50_ms: round(percentile(cpuSamples, 50)),
    suggested_20k_words_count: suggested,
  });
}
