-- Similar claims: a claim repeated word for word (a big archive repeats claims often) is found
-- through these indexes in a few milliseconds, its copies in id order, before the full-text
-- candidate search, which is skipped when the copies already fill the panel. md5 keeps the key
-- small whatever the length of the quote; lower() because similarity() ignores case.
-- Expression indexes: schema.prisma cannot express them, so they live only here.
CREATE INDEX "Claim_exact_md5_idx" ON "Claim" ("workspaceId", md5(lower("exact")), "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Claim_normalizedText_md5_idx" ON "Claim" ("workspaceId", md5(lower("normalizedText")), "id") WHERE "deletedAt" IS NULL AND "normalizedText" IS NOT NULL;
