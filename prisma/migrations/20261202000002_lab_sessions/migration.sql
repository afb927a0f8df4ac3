-- Server-side lab sessions (docs/decisions/013-revocable-lab-sessions.md): the cookie carries a
-- random token, the table only its SHA-256; deleting a row ends that session.
-- CreateTable
CREATE TABLE "LabSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "researcherId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "LabSession_researcherId_fkey" FOREIGN KEY ("researcherId") REFERENCES "Researcher" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "LabSession_tokenHash_key" ON "LabSession"("tokenHash");

-- CreateIndex
CREATE INDEX "LabSession_researcherId_idx" ON "LabSession"("researcherId");

-- CreateIndex
CREATE INDEX "LabSession_expiresAt_idx" ON "LabSession"("expiresAt");
