-- Similar claims find their candidates through the full-text index (lib/similar-claims/
-- similar-claim-ids.ts) and use pg_trgm only to score them: a trigram-index scan measured
-- seconds on 100,000 claims, where every claim shares common trigrams with thousands of others.
-- The unused indexes would only slow every claim write.
-- DropIndex
DROP INDEX "Claim_exact_trgm_idx";

-- DropIndex
DROP INDEX "Claim_normalizedText_trgm_idx";
