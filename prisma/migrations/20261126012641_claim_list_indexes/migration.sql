-- The search page without text is the claim list every dashboard number links to: newest first
-- (createdAt DESC, id), read in order from an index and stopped after the page, instead of
-- sorting a million claims. Author and disputed filters get their own ordered index.

-- DropIndex
DROP INDEX "Claim_workspaceId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Claim_workspaceId_createdAt_id_idx" ON "Claim"("workspaceId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Claim_workspaceId_createdById_createdAt_id_idx" ON "Claim"("workspaceId", "createdById", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Claim_workspaceId_disputed_createdAt_id_idx" ON "Claim"("workspaceId", "disputed", "createdAt" DESC, "id");
