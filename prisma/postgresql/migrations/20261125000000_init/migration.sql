-- PostgreSQL twin of prisma/migrations/20261125000000_init (docs/decisions/044): same tables, Prisma's
-- PostgreSQL types (DATETIME becomes TIMESTAMP(3)), foreign keys added after the tables as Prisma writes them.
-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstrumentVersion" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstrumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "instrumentVersionId" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "completion" TEXT NOT NULL,
    "submittedOn" TEXT NOT NULL,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResumeDraft" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "instrumentVersionId" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "expiresOn" TEXT NOT NULL,

    CONSTRAINT "ResumeDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Researcher" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Researcher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingVersion" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "narrative" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "isSynthetic" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,

    CONSTRAINT "FindingVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "researcherId" TEXT,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "detail" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "InstrumentVersion" ADD CONSTRAINT "InstrumentVersion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_instrumentVersionId_fkey" FOREIGN KEY ("instrumentVersionId") REFERENCES "InstrumentVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResumeDraft" ADD CONSTRAINT "ResumeDraft_instrumentVersionId_fkey" FOREIGN KEY ("instrumentVersionId") REFERENCES "InstrumentVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingVersion" ADD CONSTRAINT "FindingVersion_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingVersion" ADD CONSTRAINT "FindingVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "Researcher"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_researcherId_fkey" FOREIGN KEY ("researcherId") REFERENCES "Researcher"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The database refuses what the app must never do, as SQLite's RAISE(ABORT) triggers do. One function
-- raises the message its trigger passes (restrict_violation, SQLSTATE 23001, like a RESTRICT foreign key);
-- each trigger's WHEN clause says when.
CREATE FUNCTION "refuse_row_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'restrict_violation', MESSAGE = TG_ARGV[0];
END;
$$;

-- An instrument version that has responses is frozen: editing it would silently
-- change the meaning of answers already given. A change must create a new version.
-- (A trigger's WHEN clause may not hold a subquery in PostgreSQL, so the test is in the function.)
CREATE FUNCTION "refuse_change_to_answered_instrument_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Response" WHERE "instrumentVersionId" = OLD."id") THEN
    RAISE EXCEPTION USING ERRCODE = 'restrict_violation', MESSAGE = TG_ARGV[0];
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "InstrumentVersion_frozen_once_answered"
BEFORE UPDATE ON "InstrumentVersion"
FOR EACH ROW
EXECUTE FUNCTION "refuse_change_to_answered_instrument_version"('instrument version has responses and cannot change; create a new version');

CREATE TRIGGER "InstrumentVersion_kept_once_answered"
BEFORE DELETE ON "InstrumentVersion"
FOR EACH ROW
EXECUTE FUNCTION "refuse_change_to_answered_instrument_version"('instrument version has responses and cannot be deleted');

-- Published finding versions are immutable snapshots.
CREATE TRIGGER "FindingVersion_immutable"
BEFORE UPDATE ON "FindingVersion"
FOR EACH ROW
WHEN (NEW."title" IS DISTINCT FROM OLD."title" OR NEW."summary" IS DISTINCT FROM OLD."summary"
  OR NEW."narrative" IS DISTINCT FROM OLD."narrative" OR NEW."snapshot" IS DISTINCT FROM OLD."snapshot"
  OR NEW."version" IS DISTINCT FROM OLD."version" OR NEW."findingId" IS DISTINCT FROM OLD."findingId")
EXECUTE FUNCTION "refuse_row_change"('a published finding version cannot change; publish a new version');
