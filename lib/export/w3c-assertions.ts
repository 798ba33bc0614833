import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";

// Test helper: runs the W3C web-annotation-tests assertions (JSON Schema draft-04, vendored in
// test/fixtures) against exported JSON, reading each assertion's hints the way the W3C harness
// does: a result other than `expectedResult` fails only when `onUnexpectedResult` is
// "failAndContinue" (MUST assertions); "passAndContinue" marks an optional feature not used.

const ROOT = path.resolve(import.meta.dirname, "../../test/fixtures/w3c-web-annotation-tests");

interface Assertion {
  id: string;
  file: string;
  expectedResult: "valid" | "invalid";
  onUnexpectedResult: "failAndContinue" | "passAndContinue";
  errorMessage?: string;
}

export interface AssertionResult {
  file: string;
  /** Whether the data met the assertion's expectedResult. */
  expected: boolean;
  /** The assertion is a MUST and was not met. */
  failed: boolean;
  message: string;
}

function createAjv() {
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addFormat("uri", (value: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value) && URL.canParse(value));
  // xsd:dateTime as the model requires it: RFC 3339 with a time zone.
  ajv.addFormat("date-time", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  ajv.addFormat("email", /^[^\s@]+@[^\s@]+$/);
  for (const file of readdirSync(path.join(ROOT, "definitions")).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(ROOT, "definitions", file), "utf8")));
  }
  return ajv;
}

/** The assertion files a .test list names (paths relative to the suite's root). */
export function assertionList(testFile: string): string[] {
  return (JSON.parse(readFileSync(path.join(ROOT, testFile), "utf8")) as { assertions: string[] }).assertions;
}

/** Runs assertion files against one JSON value. */
export function runAssertions(files: string[], data: unknown): AssertionResult[] {
  const ajv = createAjv();
  return files.map((file) => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as Assertion & Record<string, unknown>;
    const validate = ajv.getSchema(schema.id) ?? ajv.compile(schema);
    const valid = validate(data) as boolean;
    const expected = valid === (schema.expectedResult !== "invalid");
    return {
      file,
      expected,
      failed: !expected && schema.onUnexpectedResult === "failAndContinue",
      message: expected ? "" : `${schema.errorMessage ?? file} ${ajv.errorsText(validate.errors)}`,
    };
  });
}
