/**
 * Trigram similarity above which two claim texts count as "nearly the same claim". pg_trgm's `%`
 * operator (indexed) pre-selects at its default 0.3; the combined score must then reach this.
 * Measured on reworded news sentences: the same fact reworded scores 0.45–0.8, claims that merely
 * share a topic 0.2–0.35.
 */
export const SIMILAR_SCORE_MIN = 0.4;

/** How many similar claims the panel shows. */
export const SIMILAR_LIMIT = 5;
