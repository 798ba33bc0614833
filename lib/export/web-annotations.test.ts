import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotatedArticle } from "@/test/factories";
import { db } from "@/lib/db";
import { loadExportModel } from "./load-export-model";
import { toWebAnnotations, type WebAnnotationCollection } from "./to-web-annotations";
import { assertionList, runAssertions } from "./w3c-assertions";

let collection: WebAnnotationCollection;
let plainText: string;

beforeAll(async () => {
  const { workspace, article } = await createAnnotatedArticle();
  const model = await loadExportModel(db, workspace.id, article.articleId, { baseUrl: "https://factdesk.example.org" });
  collection = toWebAnnotations(model!);
  plainText = article.plainText;
});

afterAll(() => undefined);

describe("W3C Web Annotation export", () => {
  it("passes every MUST assertion of annotationMusts.test for each annotation", () => {
    expect(collection.first.items).toHaveLength(3);
    const files = assertionList("annotations/annotationMusts.test");
    expect(files.length).toBeGreaterThan(50);
    for (const annotation of collection.first.items) {
      const results = runAssertions(files, annotation);
      expect(results.filter((result) => result.failed).map((result) => result.message)).toEqual([]);
      // Every MUST assertion is also met as expected (none were skipped as "optional").
      expect(results.every((result) => result.expected)).toBe(true);
    }
  });

  it("implements the TextQuoteSelector (with prefix and suffix) and TextPositionSelector assertions", () => {
    // Not 4.2-selectorFound.json: upstream it applies "has a selector key" to the selector
    // itself, so no annotation can meet it (an optional "may", passAndContinue, like the harness).
    const files = [
      "annotations/specificResource/4.2.4-textQuoteSelector.json",
      "annotations/specificResource/4.2.4-textQuoteSelectorValid.json",
      "annotations/specificResource/4.2.5-textPositionSelector.json",
      "annotations/specificResource/4.2-TextDataPositionSelectorValid.json",
    ];
    const length = Array.from(plainText).length;
    for (const annotation of collection.first.items) {
      const [, position] = annotation.target.selector;
      // A quote at the very start (end) of the text has no prefix (suffix) to give.
      const context = [
        ...(position.start > 0 ? ["annotations/specificResource/4.2.4-prefix.json"] : []),
        ...(position.end < length ? ["annotations/specificResource/4.2.4-suffix.json"] : []),
      ];
      const results = runAssertions([...files, ...context], annotation);
      expect(results.filter((result) => !result.expected).map((result) => result.message)).toEqual([]);
    }
    expect(collection.first.items.filter((annotation) => annotation.target.selector[0].prefix)).toHaveLength(2);
  });

  it("passes the collection and page MUST assertions", () => {
    const files = [...assertionList("collections/collectionMusts.test"), ...assertionList("collections/pages/pageMusts.test")];
    const results = runAssertions(files, collection);
    expect(results.filter((result) => !result.expected).map((result) => result.message)).toEqual([]);
    expect(collection.total).toBe(3);
  });

  it("fails the assertions when an annotation breaks the model (the check can fail)", () => {
    const broken = { ...collection.first.items[0], id: "not an iri", bodyValue: "x" };
    const results = runAssertions(assertionList("annotations/annotationMusts.test"), broken);
    expect(results.filter((result) => result.failed).map((result) => result.file)).toEqual(
      expect.arrayContaining(["annotations/3.1-annotationIdValidated.json", "annotations/3.2.5-notBodyBodyValue.json"]),
    );
  });

  it("anchors each selector on the article's code points and carries verdict, rationale and sources", () => {
    const points = Array.from(plainText);
    for (const annotation of collection.first.items) {
      const [quote, position] = annotation.target.selector;
      expect(points.slice(position.start, position.end).join("")).toBe(quote.exact);
      expect(annotation.target.source).toBe("https://news.example.org/economy");
      expect(annotation.motivation).toBe("assessing");
    }
    const [first] = collection.first.items;
    expect(first.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "TextualBody", purpose: "assessing", value: "False" }),
        expect.objectContaining({ type: "TextualBody", format: "text/html" }),
        expect.objectContaining({ type: "SpecificResource", purpose: "linking", source: expect.objectContaining({ id: "https://source0.example.org/report" }) }),
      ]),
    );
    expect(first.id).toMatch(/^https:\/\/factdesk\.example\.org\/annotations\//);
  });
});
