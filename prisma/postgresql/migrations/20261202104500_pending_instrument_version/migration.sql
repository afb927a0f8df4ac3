-- A new instrument version waits here until the researcher confirms it (docs/decisions/032): respondents,
-- analysis and exports read InstrumentVersion only, so nothing pending is ever live.
CREATE TABLE "PendingInstrumentVersion" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingInstrumentVersion_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "PendingInstrumentVersion_surveyId_key" ON "PendingInstrumentVersion"("surveyId");

ALTER TABLE "PendingInstrumentVersion" ADD CONSTRAINT "PendingInstrumentVersion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
