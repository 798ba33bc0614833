/**
 * Score (pg_trgm similarity, nudged by full-text rank) above which an earlier claim counts as
 * "nearly the same claim". On reworded news sentences the same fact scores 0.45–0.8; claims
 * that merely share a topic and its key words score 0.2–0.35.
 */
export const SIMILAR_SCORE_MIN = 0.4;

/** How many similar claims the panel shows. */
export const SIMILAR_LIMIT = 5;
