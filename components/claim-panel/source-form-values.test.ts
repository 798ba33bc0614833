import { describe, expect, it } from "vitest";
import type { SourceDTO } from "@/lib/claims/types";
import { parseSourceForm, sourceFormValues } from "./source-form-values";

describe("parseSourceForm", () => {
  it("requires a title and an http(s) address", () => {
    const result = parseSourceForm({ ...sourceFormValues(), url: "ftp://example.org" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["title", "url"]);
  });

  it("refuses a date that is not yyyy-mm-dd", () => {
    const result = parseSourceForm({ ...sourceFormValues(), url: "https://a.example", title: "A", publishedAt: "2024-02-31" });
    expect(result.ok ? [] : Object.keys(result.fieldErrors)).toEqual(["publishedAt"]);
  });

  it("trims values and sends a cleared optional field as empty, so an edit clears it", () => {
    const source = { url: "https://e.org", title: "T", publisher: "Agency", publishedAt: "2024-01-02", excerpt: "x", stance: "context" };
    const values = { ...sourceFormValues(source as SourceDTO), title: " Report ", publisher: "  ", stance: "refutes" };
    expect(parseSourceForm(values)).toEqual({
      ok: true,
      source: { url: "https://e.org", title: "Report", publisher: "", publishedAt: "2024-01-02", excerpt: "x", stance: "refutes" },
    });
  });
});
