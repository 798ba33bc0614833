import type { Node as PMNode } from "@tiptap/pm/model";

/** A run of the plain text produced by one node: where it starts in the text and in the doc. */
interface Run {
  textStart: number;
  pmStart: number;
  length: number;
}

export interface TextIndex {
  /** Exactly docPlainText(doc). */
  text: string;
  /** UTF-16 offset in `text` → ProseMirror position. */
  toPos(offset: number): number;
  /** ProseMirror position → UTF-16 offset in `text` (positions between runs snap forward). */
  toOffset(pos: number): number;
}

/**
 * Maps between the article's plain text (docPlainText: textblocks joined by "\n", hard breaks
 * as "\n") and ProseMirror positions, so claims stored as text offsets can be drawn in the
 * editor and editor selections stored as text offsets. Mirrors Node.textBetween's rules.
 */
export function buildTextIndex(doc: PMNode): TextIndex {
  const runs: Run[] = [];
  let text = "";
  let first = true;
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      if (first) first = false;
      else text += "\n";
    }
    if (node.isText) {
      runs.push({ textStart: text.length, pmStart: pos, length: node.text!.length });
      text += node.text!;
    } else if (node.isLeaf && node.type.name === "hardBreak") {
      runs.push({ textStart: text.length, pmStart: pos, length: 1 });
      text += "\n";
    }
    return true;
  });

  function runAtOffset(offset: number): Run | undefined {
    let low = 0;
    let high = runs.length - 1;
    let found: Run | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (runs[mid].textStart <= offset) {
        found = runs[mid];
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }

  return {
    text,
    toPos(offset) {
      const run = runAtOffset(offset);
      if (!run) return 1;
      // Offsets on a block separator belong to the end of the previous run.
      return run.pmStart + Math.min(offset - run.textStart, run.length);
    },
    toOffset(pos) {
      let low = 0;
      let high = runs.length - 1;
      let found = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (runs[mid].pmStart <= pos) {
          found = mid;
          low = mid + 1;
        } else high = mid - 1;
      }
      if (found === -1) return 0;
      const run = runs[found];
      if (pos <= run.pmStart + run.length) return run.textStart + (pos - run.pmStart);
      const next = runs[found + 1];
      return next ? next.textStart : text.length;
    },
  };
}
