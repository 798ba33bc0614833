import type { Agreement } from "./types";

/** One cell of a contingency table: how many pairs rated `a` by one side and `b` by the other. */
export interface AgreementCell {
  a: string;
  b: string;
  count: number;
}

/**
 * Percent agreement and Cohen's kappa over a contingency table of (author verdict, reviewer
 * verdict) pairs. Cells may repeat a pair of categories (their counts add up). Kappa is
 * (p_o - p_e) / (1 - p_e), with p_e from the two sides' marginal shares; it is null when there
 * are no pairs, or when p_e = 1 (both sides always used the same single category), where it is
 * undefined rather than perfect.
 */
export function agreement(cells: readonly AgreementCell[]): Agreement {
  let pairs = 0;
  let agreeing = 0;
  const aTotals = new Map<string, number>();
  const bTotals = new Map<string, number>();
  for (const { a, b, count } of cells) {
    if (count <= 0) continue;
    pairs += count;
    if (a === b) agreeing += count;
    aTotals.set(a, (aTotals.get(a) ?? 0) + count);
    bTotals.set(b, (bTotals.get(b) ?? 0) + count);
  }
  if (pairs === 0) return { pairs: 0, percentAgreement: null, kappa: null };

  const observed = agreeing / pairs;
  let expected = 0;
  for (const [category, aCount] of aTotals) expected += (aCount / pairs) * ((bTotals.get(category) ?? 0) / pairs);
  // Floating sums of shares can land a hair off 1 when chance agreement is in fact total.
  const kappa = Math.abs(1 - expected) < 1e-12 ? null : (observed - expected) / (1 - expected);
  return { pairs, percentAgreement: observed, kappa };
}
