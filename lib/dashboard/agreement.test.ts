import { describe, expect, it } from "vitest";
import { agreement } from "./agreement";

describe("agreement", () => {
  it("has no figures without pairs", () => {
    expect(agreement([])).toEqual({ pairs: 0, percentAgreement: null, kappa: null });
    expect(agreement([{ a: "T", b: "F", count: 0 }])).toEqual({ pairs: 0, percentAgreement: null, kappa: null });
  });

  it("matches the textbook 2x2 example (kappa 0.4)", () => {
    // 50 pairs: both yes 20, both no 15, A yes/B no 5, A no/B yes 10.
    // p_o = 35/50 = 0.7. A says yes 25/50, B says yes 30/50:
    // p_e = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
    const result = agreement([
      { a: "yes", b: "yes", count: 20 },
      { a: "yes", b: "no", count: 5 },
      { a: "no", b: "yes", count: 10 },
      { a: "no", b: "no", count: 15 },
    ]);
    expect(result.pairs).toBe(50);
    expect(result.percentAgreement).toBeCloseTo(0.7, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
  });

  it("gives kappa 1 for perfect agreement over several categories", () => {
    const result = agreement([
      { a: "True", b: "True", count: 7 },
      { a: "False", b: "False", count: 3 },
    ]);
    expect(result).toEqual({ pairs: 10, percentAgreement: 1, kappa: 1 });
  });

  it("has no kappa when chance agreement is 1 (everyone always said the same)", () => {
    // p_o = 1 and p_e = 1: kappa is 0/0, undefined.
    expect(agreement([{ a: "False", b: "False", count: 12 }])).toEqual({ pairs: 12, percentAgreement: 1, kappa: null });
  });

  it("matches a 3-category example worked by hand", () => {
    //            B: T   F   U   | A total
    //  A: T        10   2   3   | 15
    //  A: F         1   8   1   | 10
    //  A: U         4   1  10   | 15
    //  B total     15  11  14   | 40
    // p_o = (10 + 8 + 10) / 40 = 28/40 = 0.7
    // p_e = (15*15 + 10*11 + 15*14) / 40^2 = (225 + 110 + 210) / 1600 = 545/1600 = 0.340625
    // kappa = (0.7 - 0.340625) / (1 - 0.340625) = 0.359375 / 0.659375 = 575/1055 = 0.545023...
    const result = agreement([
      { a: "T", b: "T", count: 10 },
      { a: "T", b: "F", count: 2 },
      { a: "T", b: "U", count: 3 },
      { a: "F", b: "T", count: 1 },
      { a: "F", b: "F", count: 8 },
      { a: "F", b: "U", count: 1 },
      { a: "U", b: "T", count: 4 },
      { a: "U", b: "F", count: 1 },
      { a: "U", b: "U", count: 10 },
    ]);
    expect(result.pairs).toBe(40);
    expect(result.percentAgreement).toBeCloseTo(0.7, 12);
    expect(result.kappa).toBeCloseTo(575 / 1055, 12);
  });

  it("is negative when the sides agree less than chance, and adds up repeated cells", () => {
    // Always opposite: p_o = 0, p_e = 0.5*0.5 + 0.5*0.5 = 0.5, kappa = -0.5/0.5 = -1.
    const result = agreement([
      { a: "T", b: "F", count: 3 },
      { a: "T", b: "F", count: 2 },
      { a: "F", b: "T", count: 5 },
    ]);
    expect(result).toEqual({ pairs: 10, percentAgreement: 0, kappa: -1 });
  });
});
