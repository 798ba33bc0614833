import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Nlp = ReturnType<typeof winkNLP>;

let loaded: { nlp: Nlp; loadMs: number } | undefined;

/**
 * The wink-nlp English pipeline, created once per process (about 100 ms: the model ships in
 * the npm package, nothing is downloaded). `loadMs` is how long the first call took.
 */
export function loadNlp(): { nlp: Nlp; loadMs: number } {
  if (!loaded) {
    const started = performance.now();
    const nlp = winkNLP(model, ["sbd", "pos", "ner"]);
    loaded = { nlp, loadMs: performance.now() - started };
  }
  return loaded;
}
