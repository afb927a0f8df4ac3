-- A survey's free-text codebook (qualitative codes the researcher builds) and the codes applied to
-- answers (docs/decisions/037-free-text-redaction-and-codes.md). Neither table holds answer text.
CREATE TABLE "FreeTextCode" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "FreeTextCode_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "FreeTextCoding" (
    "responseId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "codeId" TEXT NOT NULL,

    CONSTRAINT "FreeTextCoding_pkey" PRIMARY KEY ("responseId","itemId","codeId")
);

CREATE UNIQUE INDEX "FreeTextCode_surveyId_name_key" ON "FreeTextCode"("surveyId", "name");

CREATE INDEX "FreeTextCoding_codeId_idx" ON "FreeTextCoding"("codeId");

ALTER TABLE "FreeTextCode" ADD CONSTRAINT "FreeTextCode_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "FreeTextCoding" ADD CONSTRAINT "FreeTextCoding_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "FreeTextCoding" ADD CONSTRAINT "FreeTextCoding_codeId_fkey" FOREIGN KEY ("codeId") REFERENCES "FreeTextCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
