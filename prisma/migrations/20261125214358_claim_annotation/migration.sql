-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('open', 'in_progress', 'verdict_proposed');

-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('anchored', 'orphaned');

-- CreateEnum
CREATE TYPE "SourceStance" AS ENUM ('supports', 'refutes', 'context');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchorStatus" "AnchorStatus" NOT NULL DEFAULT 'anchored',
ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "normalizedText" VARCHAR(1000),
ADD COLUMN     "ratingLabelId" TEXT,
ADD COLUMN     "rationale" JSONB,
ADD COLUMN     "status" "ClaimStatus" NOT NULL DEFAULT 'open',
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "RatingLabel" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "label" VARCHAR(40) NOT NULL,
    "color" VARCHAR(7) NOT NULL,
    "value" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "description" VARCHAR(500),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingLabel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "url" VARCHAR(2048) NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "publisher" VARCHAR(200),
    "publishedAt" DATE,
    "excerpt" VARCHAR(5000),
    "stance" "SourceStance" NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RatingLabel_workspaceId_position_idx" ON "RatingLabel"("workspaceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RatingLabel_workspaceId_label_key" ON "RatingLabel"("workspaceId", "label");

-- CreateIndex
CREATE INDEX "Source_claimId_position_idx" ON "Source"("claimId", "position");

-- CreateIndex
CREATE INDEX "Claim_ratingLabelId_idx" ON "Claim"("ratingLabelId");

-- AddForeignKey
ALTER TABLE "RatingLabel" ADD CONSTRAINT "RatingLabel_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_ratingLabelId_fkey" FOREIGN KEY ("ratingLabelId") REFERENCES "RatingLabel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
