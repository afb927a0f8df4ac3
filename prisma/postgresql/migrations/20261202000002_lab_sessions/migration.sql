-- Server-side lab sessions (docs/decisions/013-revocable-lab-sessions.md): the cookie carries a
-- random token, the table only its SHA-256; deleting a row ends that session.
-- CreateTable
CREATE TABLE "LabSession" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "researcherId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LabSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LabSession_tokenHash_key" ON "LabSession"("tokenHash");

-- CreateIndex
CREATE INDEX "LabSession_researcherId_idx" ON "LabSession"("researcherId");

-- CreateIndex
CREATE INDEX "LabSession_expiresAt_idx" ON "LabSession"("expiresAt");

-- AddForeignKey
ALTER TABLE "LabSession" ADD CONSTRAINT "LabSession_researcherId_fkey" FOREIGN KEY ("researcherId") REFERENCES "Researcher"("id") ON DELETE CASCADE ON UPDATE CASCADE;
