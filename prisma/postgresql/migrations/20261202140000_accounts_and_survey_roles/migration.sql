-- Accounts, survey roles and audit by survey (docs/decisions/039-accounts-and-survey-roles.md).
ALTER TABLE "Researcher" ADD COLUMN "isAdmin" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Researcher" ADD COLUMN "deactivatedAt" TIMESTAMP(3);
ALTER TABLE "Researcher" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Researcher" ADD COLUMN "totpSecretSealed" TEXT;
ALTER TABLE "Researcher" ADD COLUMN "totpLastStep" INTEGER;
ALTER TABLE "Researcher" ADD COLUMN "totpRequired" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "TotpRecoveryCode" (
    "id" TEXT NOT NULL,
    "researcherId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "TotpRecoveryCode_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SurveyMembership" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "researcherId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "responseLevelAccess" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyMembership_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "RefusedAttempt" (
    "id" TEXT NOT NULL,
    "researcherId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL DEFAULT '',
    "permission" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RefusedAttempt_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "AuditEvent" ADD COLUMN "surveyId" TEXT;

CREATE UNIQUE INDEX "TotpRecoveryCode_codeHash_key" ON "TotpRecoveryCode"("codeHash");
CREATE INDEX "TotpRecoveryCode_researcherId_idx" ON "TotpRecoveryCode"("researcherId");
CREATE INDEX "SurveyMembership_researcherId_idx" ON "SurveyMembership"("researcherId");
CREATE UNIQUE INDEX "SurveyMembership_surveyId_researcherId_key" ON "SurveyMembership"("surveyId", "researcherId");
CREATE INDEX "RefusedAttempt_surveyId_day_idx" ON "RefusedAttempt"("surveyId", "day");
CREATE UNIQUE INDEX "RefusedAttempt_researcherId_surveyId_permission_day_key" ON "RefusedAttempt"("researcherId", "surveyId", "permission", "day");
CREATE INDEX "AuditEvent_surveyId_at_idx" ON "AuditEvent"("surveyId", "at");

ALTER TABLE "TotpRecoveryCode" ADD CONSTRAINT "TotpRecoveryCode_researcherId_fkey" FOREIGN KEY ("researcherId") REFERENCES "Researcher"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SurveyMembership" ADD CONSTRAINT "SurveyMembership_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SurveyMembership" ADD CONSTRAINT "SurveyMembership_researcherId_fkey" FOREIGN KEY ("researcherId") REFERENCES "Researcher"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "RefusedAttempt" ADD CONSTRAINT "RefusedAttempt_researcherId_fkey" FOREIGN KEY ("researcherId") REFERENCES "Researcher"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Nobody loses access on upgrade: before this migration every researcher could do everything to
-- every survey, so every existing researcher becomes an owner of every existing survey (owners
-- then remove whom they do not want), and the oldest account becomes the site administrator.
-- (SQLite's lower(hex(randomblob(16))) is 32 random hex digits; gen_random_uuid() without its dashes
-- is the same shape, built into PostgreSQL 13 and later.)
INSERT INTO "SurveyMembership" ("id", "surveyId", "researcherId", "role", "responseLevelAccess")
SELECT replace(gen_random_uuid()::text, '-', ''), "Survey"."id", "Researcher"."id", 'owner', true
FROM "Survey" CROSS JOIN "Researcher";

UPDATE "Researcher" SET "isAdmin" = true
WHERE "id" = (SELECT "id" FROM "Researcher" ORDER BY "createdAt", "id" LIMIT 1);

-- Existing survey events join their survey's trail.
UPDATE "AuditEvent" SET "surveyId" = (
  SELECT "Survey"."id" FROM "Survey" WHERE 'survey:' || "Survey"."slug" = "AuditEvent"."target"
) WHERE "target" LIKE 'survey:%';
UPDATE "AuditEvent" SET "surveyId" = (
  SELECT "Finding"."surveyId" FROM "Finding" WHERE 'finding:' || "Finding"."slug" = "AuditEvent"."target"
) WHERE "target" LIKE 'finding:%';
