import { describe, expect, it } from "vitest";
import { isHttpUrl, normalizeLinkUrl } from "./link-url";

describe("normalizeLinkUrl", () => {
  it("accepts http, https and mailto links", () => {
    expect(normalizeLinkUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(normalizeLinkUrl("http://example.org")).toBe("http://example.org/");
    expect(normalizeLinkUrl("mailto:desk@example.org")).toBe("mailto:desk@example.org");
  });

  it("completes addresses typed without a scheme", () => {
    expect(normalizeLinkUrl("example.org/page")).toBe("https://example.org/page");
    expect(normalizeLinkUrl("desk@example.org")).toBe("mailto:desk@example.org");
  });

  it("refuses script, data and other schemes, and junk", () => {
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "ftp://example.org", "", "not a url", "word"]) {
      expect(normalizeLinkUrl(bad)).toBeNull();
    }
  });
});

describe("isHttpUrl", () => {
  it("accepts only absolute http(s) addresses", () => {
    expect(isHttpUrl("https://example.org")).toBe(true);
    expect(isHttpUrl("example.org")).toBe(false);
    expect(isHttpUrl("javascript:alert(1)")).toBe(false);
  });
});
