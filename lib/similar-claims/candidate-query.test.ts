import { describe, expect, it } from "vitest";
import { candidateBranches } from "./candidate-query";

describe("candidateBranches", () => {
  it("asks for any four of the six most distinctive words, numbers first among equals", () => {
    const branches = candidateBranches([["ceasefir", "sign", "septemb", "10", "agreement", "govern", "two"]]);
    expect(branches).toHaveLength(15);
    expect(branches).toContain("'agreement':A & 'ceasefir':A & 'septemb':A & '10':A");
    expect(branches.join(" ")).not.toContain("'two'");
  });

  it("needs all but one word of a short text, joins the texts' alternatives, and quotes lexemes safely", () => {
    expect(candidateBranches([["rent", "rose"], ["o'neil"]])).toEqual(["'rent':A & 'rose':A", "'o''neil':A"]);
    expect(candidateBranches([["market", "rose", "sharpli", "afterward"]])).toHaveLength(4);
    expect(candidateBranches([[], []])).toEqual([]);
  });
});
