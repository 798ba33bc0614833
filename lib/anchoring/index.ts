// Public API of the anchoring library: pure functions over an article's plain text.
export { anchorClaim } from "./anchor-claim";
export { codePointToUtf16 } from "./code-point-to-utf16";
export { DEFAULT_ANCHOR_OPTIONS } from "./default-anchor-options";
export { CONTEXT_LENGTH, describeSelection } from "./describe-selection";
export { prepareText, type PreparedText } from "./prepare-text";
export { reanchorClaims } from "./reanchor-claims";
export { snapToGraphemes } from "./snap-to-graphemes";
export { utf16ToCodePoint } from "./utf16-to-code-point";
export type * from "./types";
