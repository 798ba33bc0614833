import { describe, expect, it } from "vitest";
import { candidateQuery } from "./candidate-query";

describe("candidateQuery", () => {
  it("asks for any four of the six most distinctive words, numbers first among equals", () => {
    const query = candidateQuery([["ceasefir", "sign", "septemb", "10", "agreement", "govern", "two"]])!;
    expect(query.split(" | ")).toHaveLength(15);
    expect(query).toContain("('agreement':A & 'ceasefir':A & 'septemb':A & '10':A)");
    expect(query).not.toContain("'two'");
  });

  it("needs all but one word of a short text, joins the texts' alternatives, and quotes lexemes safely", () => {
    expect(candidateQuery([["rent", "rose"], ["o'neil"]])).toBe("('rent':A & 'rose':A) | ('o''neil':A)");
    expect(candidateQuery([["market", "rose", "sharpli", "afterward"]])!.split(" | ")).toHaveLength(4);
    expect(candidateQuery([[], []])).toBeNull();
  });
});
