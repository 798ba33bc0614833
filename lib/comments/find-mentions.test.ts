import { describe, expect, it } from "vitest";
import { findMentions } from "./find-mentions";

const members = [
  { id: "ann", name: "Ann", email: "ann@example.org" },
  { id: "annlee", name: "Ann Lee", email: "lee@example.org" },
  { id: "bob", name: "Bob Stone", email: "bob@example.org" },
];
const ids = (body: string) => findMentions(body, members).map((match) => match.userId);

describe("findMentions", () => {
  it("resolves names and emails, case-insensitively, longest name first", () => {
    expect(ids("@ann lee please check, cc @BOB STONE and @ann@example.org.")).toEqual(["annlee", "bob", "ann"]);
    expect(findMentions("hi @Bob Stone!", members)).toEqual([{ start: 3, end: 13, userId: "bob" }]);
  });

  it("leaves unknown names, partial words and addresses typed as text alone", () => {
    expect(ids("@Annabel and @Bobby and mail bob@example.org and @nobody")).toEqual([]);
    expect(ids("@bob@example.org.uk is not Bob")).toEqual([]);
  });
});
