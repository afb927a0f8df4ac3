-- Panel studies, their waves and identification codes stored only as keyed hashes
-- (docs/decisions/059-identification-codes-stored-as-keyed-hashes.md, 060-studies-and-waves.md).
ALTER TABLE "ResumeDraft" ADD COLUMN "identificationCode" TEXT NOT NULL DEFAULT '{}';

CREATE TABLE "ResponseIdentificationCode" (
    "responseId" TEXT NOT NULL,
    "elements" TEXT NOT NULL,

    CONSTRAINT "ResponseIdentificationCode_pkey" PRIMARY KEY ("responseId")
);

CREATE TABLE "Study" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Study_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "StudyWave" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "waveNumber" INTEGER NOT NULL,
    "plannedOn" TEXT NOT NULL,

    CONSTRAINT "StudyWave_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Study_slug_key" ON "Study"("slug");
CREATE UNIQUE INDEX "StudyWave_surveyId_key" ON "StudyWave"("surveyId");
CREATE UNIQUE INDEX "StudyWave_studyId_waveNumber_key" ON "StudyWave"("studyId", "waveNumber");

ALTER TABLE "ResponseIdentificationCode" ADD CONSTRAINT "ResponseIdentificationCode_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StudyWave" ADD CONSTRAINT "StudyWave_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "StudyWave" ADD CONSTRAINT "StudyWave_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
