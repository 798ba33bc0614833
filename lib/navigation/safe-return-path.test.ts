import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps in-app paths with their query", () => {
    expect(safeReturnPath("/w/demo/articles/abc?x=1")).toBe("/w/demo/articles/abc?x=1");
  });

  it("refuses other hosts, protocol-relative and script URLs", () => {
    expect(safeReturnPath("https://evil.example/phish")).toBe("/");
    expect(safeReturnPath("//evil.example/phish")).toBe("/");
    expect(safeReturnPath("javascript:alert(1)")).toBe("/");
  });

  it("never loops back to sign-in or into the API", () => {
    expect(safeReturnPath("/sign-in?callbackUrl=/x")).toBe("/");
    expect(safeReturnPath("/api/auth/signout")).toBe("/");
  });

  it("falls back to / when nothing is given", () => {
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(["/w/a", "/w/b"])).toBe("/w/a");
    expect(safeReturnPath("http://localhost:3000/w/a", "http://localhost:3000")).toBe("/w/a");
  });
});
