-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "InstrumentVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "surveyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InstrumentVersion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instrumentVersionId" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "completion" TEXT NOT NULL,
    "submittedOn" TEXT NOT NULL,
    CONSTRAINT "Response_instrumentVersionId_fkey" FOREIGN KEY ("instrumentVersionId") REFERENCES "InstrumentVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResumeDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "instrumentVersionId" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "expiresOn" TEXT NOT NULL,
    CONSTRAINT "ResumeDraft_instrumentVersionId_fkey" FOREIGN KEY ("instrumentVersionId") REFERENCES "InstrumentVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Researcher" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Finding_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FindingVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "findingId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "narrative" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "isSynthetic" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    CONSTRAINT "FindingVersion_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FindingVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "Researcher" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "researcherId" TEXT,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "detail" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_researcherId_fkey" FOREIGN KEY ("researcherId") REFERENCES "Researcher" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Survey_slug_key" ON "Survey"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "InstrumentVersion_surveyId_version_key" ON "InstrumentVersion"("surveyId", "version");

-- CreateIndex
CREATE INDEX "Response_instrumentVersionId_submittedOn_idx" ON "Response"("instrumentVersionId", "submittedOn");

-- CreateIndex
CREATE UNIQUE INDEX "ResumeDraft_tokenHash_key" ON "ResumeDraft"("tokenHash");

-- CreateIndex
CREATE INDEX "ResumeDraft_expiresOn_idx" ON "ResumeDraft"("expiresOn");

-- CreateIndex
CREATE UNIQUE INDEX "Researcher_email_key" ON "Researcher"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_slug_key" ON "Finding"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "FindingVersion_findingId_version_key" ON "FindingVersion"("findingId", "version");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");


-- An instrument version that has responses is frozen: editing it would silently
-- change the meaning of answers already given. A change must create a new version.
CREATE TRIGGER "InstrumentVersion_frozen_once_answered"
BEFORE UPDATE ON "InstrumentVersion"
FOR EACH ROW
WHEN EXISTS (SELECT 1 FROM "Response" WHERE "instrumentVersionId" = OLD."id")
BEGIN
  SELECT RAISE(ABORT, 'instrument version has responses and cannot change; create a new version');
END;

CREATE TRIGGER "InstrumentVersion_kept_once_answered"
BEFORE DELETE ON "InstrumentVersion"
FOR EACH ROW
WHEN EXISTS (SELECT 1 FROM "Response" WHERE "instrumentVersionId" = OLD."id")
BEGIN
  SELECT RAISE(ABORT, 'instrument version has responses and cannot be deleted');
END;

-- Published finding versions are immutable snapshots.
CREATE TRIGGER "FindingVersion_immutable"
BEFORE UPDATE ON "FindingVersion"
FOR EACH ROW
WHEN NEW."title" IS NOT OLD."title" OR NEW."summary" IS NOT OLD."summary" OR NEW."narrative" IS NOT OLD."narrative"
  OR NEW."snapshot" IS NOT OLD."snapshot" OR NEW."version" IS NOT OLD."version" OR NEW."findingId" IS NOT OLD."findingId"
BEGIN
  SELECT RAISE(ABORT, 'a published finding version cannot change; publish a new version');
END;
