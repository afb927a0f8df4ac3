-- Data-quality exclusions, free text hidden from exports, and one-time invitation codes.
-- CreateTable
CREATE TABLE "Exclusion" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT,
    "researcherId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Exclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HiddenFreeText" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "researcherId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HiddenFreeText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvitationCode" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedOn" TEXT,

    CONSTRAINT "InvitationCode_pkey" PRIMARY KEY ("id")
);

-- Automated-submission signals (honeypot, implausibly fast pages) recorded with a response.
ALTER TABLE "Response" ADD COLUMN "flags" TEXT NOT NULL DEFAULT '[]';

-- CreateIndex
CREATE UNIQUE INDEX "Exclusion_responseId_reason_key" ON "Exclusion"("responseId", "reason");

-- CreateIndex
CREATE UNIQUE INDEX "HiddenFreeText_responseId_itemId_key" ON "HiddenFreeText"("responseId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "InvitationCode_codeHash_key" ON "InvitationCode"("codeHash");

-- AddForeignKey
ALTER TABLE "Exclusion" ADD CONSTRAINT "Exclusion_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HiddenFreeText" ADD CONSTRAINT "HiddenFreeText_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationCode" ADD CONSTRAINT "InvitationCode_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
