/** W3C TextQuoteSelector: the quoted text with the text just around it. */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  /**
   * Text just before `exact` (we store up to 32 code points). `""` means the quote started the
   * document; omitted means unknown (e.g. a claim imported without context).
   */
  prefix?: string;
  /** Text just after `exact`, as for `prefix`. */
  suffix?: string;
}

/** W3C TextPositionSelector, in Unicode code points of the plain text; `end` is exclusive. */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/** What a claim stores to find its text again. */
export interface ClaimSelectors {
  quote: TextQuoteSelector;
  /** Omitted for claims known only by their quote; the quote alone is then searched. */
  position?: TextPositionSelector;
}

/**
 * How an anchor was found: at the stored position (the text there is exactly the quote), by
 * the quote (exact up to whitespace runs and Unicode normalization), or approximately ("fuzzy":
 * the text differs from the stored quote, so a person may want to review it).
 */
export type AnchorMethod = "position" | "quote" | "fuzzy";

/** Why a claim could not be placed; the claim is kept and shown as orphaned. */
export type OrphanReason =
  /** The stored quote is empty or whitespace only. */
  | "empty-quote"
  /** Nothing in the text resembles the quote closely enough. */
  | "not-found"
  /** Several places match equally well: we do not guess. */
  | "ambiguous"
  /** The closest match differs too much from the quote or its context. */
  | "low-confidence"
  /**
   * A short quote: under `minQuoteLength` code points and not found exactly, or under
   * `minContextFreeLength` and found only away from its stored context.
   */
  | "short-quote";

export type AnchorResult =
  | {
      status: "anchored";
      /** Code points of the text, end exclusive, on grapheme boundaries. */
      start: number;
      end: number;
      method: AnchorMethod;
      /** 0..1: how well the quote, its context and its position agree with what was stored. */
      confidence: number;
    }
  | { status: "orphaned"; reason: OrphanReason };

/** Thresholds of `anchorClaim`; see DEFAULT_ANCHOR_OPTIONS for the values and why. */
export interface AnchorOptions {
  /** Lowest confidence a fuzzy match may have. */
  minConfidence?: number;
  /** Lowest quote similarity (1 − errors / length) a fuzzy match may have. */
  minQuoteSimilarity?: number;
  /** Lead in confidence the best place needs over the next one; less is "ambiguous". */
  minMargin?: number;
  /** Quotes shorter than this many code points are never matched approximately. */
  minQuoteLength?: number;
  /**
   * Quotes shorter than this many code points (a name, a figure) are common enough to recur by
   * chance: they are anchored only where at least half of their stored context is still around.
   */
  minContextFreeLength?: number;
}

/** A claim to re-anchor: its id and what it stored. */
export interface ReanchorInput {
  id: string;
  selectors: ClaimSelectors;
}

export type ReanchorResult =
  | {
      id: string;
      status: "anchored";
      /** Selectors describing the match in the new text (exact, context and positions). */
      selectors: ClaimSelectors;
      method: AnchorMethod;
      confidence: number;
      /** Whether `selectors` differ from the stored ones, i.e. whether to save them. */
      changed: boolean;
    }
  | { id: string; status: "orphaned"; reason: OrphanReason; selectors: ClaimSelectors };
