import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy";

const directives = (policy: string) => new Map(policy.split("; ").map((part) => [part.split(" ")[0], part.split(" ").slice(1).join(" ")]));

describe("contentSecurityPolicy", () => {
  it("locks scripts to the nonce in production, with no eval and no framing", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123", dev: false, https: true }));
    expect(policy.get("default-src")).toBe("'self'");
    expect(policy.get("script-src")).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'self'");
    expect(policy.get("form-action")).toBe("'self'");
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.has("upgrade-insecure-requests")).toBe(true);
    expect([...policy.values()].join(" ")).not.toContain("unsafe-eval");
  });

  it("allows eval and the hot-reload socket only in development, and no upgrade over http", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "n", dev: true, https: false }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("connect-src")).toContain("ws:");
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });
});
