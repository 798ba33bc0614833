import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CANDIDATE_COVERS, candidateQuery, combinations } from "./candidate-query";

describe("candidateQuery", () => {
  it("asks for any four of the six most distinctive words, numbers first among equals, found by six three-word scans", () => {
    const { scans, branches } = candidateQuery([["ceasefir", "sign", "septemb", "10", "agreement", "govern", "two"]]);
    expect(branches).toHaveLength(15);
    expect(branches).toContain("'agreement':A & 'ceasefir':A & 'septemb':A & '10':A");
    expect(branches.join(" ")).not.toContain("'two'");
    expect(scans).toHaveLength(6);
    expect(scans).toContain("'agreement':A & 'ceasefir':A & 'septemb':A");
    expect(scans.join(" ")).not.toContain("'two'");
  });

  it("needs all but one word of a short text, joins the texts' alternatives, and quotes lexemes safely", () => {
    expect(candidateQuery([["rent", "rose"], ["o'neil"]])).toEqual({ scans: ["'rent':A & 'rose':A", "'o''neil':A"], branches: ["'rent':A & 'rose':A", "'o''neil':A"] });
    const four = candidateQuery([["market", "rose", "sharpli", "afterward"]]);
    expect(four.branches).toHaveLength(4);
    expect(four.scans).toHaveLength(2);
    expect(candidateQuery([["alpha", "bravo", "charli", "delta", "echo"]]).scans).toHaveLength(3);
    expect(candidateQuery([[], []])).toEqual({ scans: [], branches: [] });
  });

  it("scans with sets of one word fewer than must be shared, every set that must be shared containing one", () => {
    for (const [shape, blocks] of Object.entries(CANDIDATE_COVERS)) {
      const [keys, size] = shape.split(":").map(Number);
      const positions = Array.from({ length: keys }, (_, index) => index);
      for (const block of blocks) expect(block).toHaveLength(size - 1);
      for (const shared of combinations(positions, size)) {
        expect(blocks.some((block) => block.every((position) => shared.includes(position)))).toBe(true);
      }
    }
  });

  it("finds, through its scans, exactly the texts holding enough key words (Postgres decides the matches)", async () => {
    // Six key words (and a seventh, less distinctive, that never counts) in every combination.
    const words = ["ceasefire", "agreement", "september", "10", "governments", "signed", "two"];
    const { scans, branches } = candidateQuery([["ceasefir", "agreement", "septemb", "10", "govern", "sign", "two"]]);
    const texts = Array.from({ length: 1 << words.length }, (_, mask) => words.filter((_, index) => mask & (1 << index)).join(" "));
    const rows = await db.$queryRaw<{ text: string; scanned: boolean; matched: boolean }[]>`
      SELECT text,
        EXISTS (SELECT 1 FROM unnest(${scans}::text[]) q WHERE setweight(to_tsvector('english', text), 'A') @@ q::tsquery) AS scanned,
        EXISTS (SELECT 1 FROM unnest(${branches}::text[]) q WHERE setweight(to_tsvector('english', text), 'A') @@ q::tsquery) AS matched
      FROM unnest(${texts}::text[]) text`;
    expect(rows).toHaveLength(128);
    for (const row of rows) {
      const keyWords = row.text.split(" ").filter((word) => word && word !== "two").length;
      expect({ text: row.text, matched: row.matched }).toEqual({ text: row.text, matched: keyWords >= 4 });
      if (row.matched) expect({ text: row.text, scanned: row.scanned }).toEqual({ text: row.text, scanned: true });
    }
    // A text with three key words is only found by the scans when they are one scan's three.
    expect(rows.filter((row) => row.scanned && !row.matched).length).toBeGreaterThan(0);
  });
});
