-- State that every app instance must share (docs/decisions/046-state-across-instances.md): the sign-in
-- rate limit's failures (keyed HMACs, kept 15 minutes) and the submission-rate alarm's counts (per survey
-- and five-minute period, kept an hour). Both were held in each process's memory before.

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" TEXT NOT NULL,
    "keyDigest" TEXT NOT NULL,
    "failedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionRateCount" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "period" INTEGER NOT NULL,
    "completed" INTEGER NOT NULL DEFAULT 0,
    "flagged" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SubmissionRateCount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInFailure_keyDigest_failedAt_idx" ON "SignInFailure"("keyDigest", "failedAt");

-- CreateIndex
CREATE INDEX "SignInFailure_failedAt_idx" ON "SignInFailure"("failedAt");

-- CreateIndex
CREATE INDEX "SubmissionRateCount_period_idx" ON "SubmissionRateCount"("period");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionRateCount_surveyId_period_key" ON "SubmissionRateCount"("surveyId", "period");
