/** Marks ts_headline puts around matches; control characters, stripped from the text first. */
export const MATCH_START = "\u0001";
export const MATCH_STOP = "\u0002";

/** Splits text carrying match markers into plain and matched parts (markers removed). */
export function toSegments(marked: string): { text: string; match: boolean }[] {
  const segments: { text: string; match: boolean }[] = [];
  let match = false;
  let text = "";
  const push = () => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
    text = "";
  };
  for (const char of marked) {
    if (char === MATCH_START || char === MATCH_STOP) {
      push();
      match = char === MATCH_START;
    } else text += char;
  }
  push();
  return segments;
}
