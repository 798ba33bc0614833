import { describeSelection } from "./describe-selection";
import type { AnchorResult, ClaimSelectors } from "./types";

/** A real wire story (shared fixture us-suspends-syria-ceasefire-talks.txt); note its repeated second line. */
export const ARTICLE = [
  "US suspends Syria ceasefire talks with Russia, accuses Moscow of targeting civilian areas",
  "The United States on Monday suspended negotiations with Russia on restoring a ceasefire in war-torn Syria and accused it of stepping up attacks on civilian areas.",
  "The United States on Monday suspended negotiations with Russia on restoring a ceasefire in war-torn Syria and accused it of stepping up attacks on civilian areas.",
  "“This is not a decision that was taken lightly,” State Department spokesperson John Kirby said in a statement here.",
  "Accusing Russia of failing to live up to its commitments on the ceasefire agreement on Syria, Kirby said that Moscow ‘was also either unwilling or unable to ensure Syrian regime adherence to the arrangements to which it had agreed’.",
  "\"Rather, Russia and the Syrian regime have chosen to pursue a military course, inconsistent with the Cessation of Hostilities, as demonstrated by their intensified attacks against civilian areas, targeting of critical infrastructure such as hospitals and preventing humanitarian aid from reaching civilians in need, including through the September 19 attack on a humanitarian aid convoy,\" the spokesperson said.",
  "He said that the US would also withdraw personnel that had been dispatched in anticipation of the possible establishment of the Joint Implementation Centre.",
  "\"To ensure the safety of our respective military personnel and enable the fight against Islamic State (IS) terrorist group, the US will continue to utilise the channel of communications established with Russia to de-conflict counterterrorism operations in Syria,\" Kirby noted.",
  "White House spokesman Josh Earnest said that ‘everybody's patience with Russia has run out’.",
  "\"What is clear is there is nothing more for the US and Russia to talk about with regard to trying to reach an agreement that would reduce the levels of violence inside of Syria. And that's tragic,\" Earnest said.",
  "On September 10, Russia and the US announced a landmark agreement on a nationwide ceasefire in Syria, which both sides hoped would lead to their countries' military cooperation to end more than five years of bloodshed there.",
  "However, cross-fire resumed in the first hours after the week-long truce deal expired on September 19, with both parties trading accusations of failures to implement the deal.",
  "With Agency Inputs",
].join("\n");

/** Selectors for the `occurrence`-th (0-based) copy of `quote` in `text`, as the editor would make them. */
export function selectQuote(text: string, quote: string, occurrence = 0): ClaimSelectors {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = text.indexOf(quote, index + 1);
    if (index === -1) throw new Error(`Quote ${JSON.stringify(quote)} occurs fewer than ${occurrence + 1} times`);
  }
  return describeSelection(text, index, index + quote.length);
}

/** The text a user would see highlighted, or null for an orphan. */
export function highlighted(text: string, result: AnchorResult): string | null {
  return result.status === "anchored" ? Array.from(text).slice(result.start, result.end).join("") : null;
}

/** Code-point offset of the `occurrence`-th copy of `quote`, to check where a highlight landed. */
export function codePointIndexOf(text: string, quote: string, occurrence = 0): number {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) index = text.indexOf(quote, index + 1);
  return Array.from(text.slice(0, index)).length;
}
