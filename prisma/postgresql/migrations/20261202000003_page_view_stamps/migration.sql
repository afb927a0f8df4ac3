-- Page-timing stamps count once (docs/security.md, "Plausible time"). A draft counts the timed
-- views of each page (the stamp is signed over that count); new respondents' first-page views
-- that started a draft are kept, as a digest with a calendar day, while they could still count.
ALTER TABLE "ResumeDraft" ADD COLUMN "countedViews" TEXT NOT NULL DEFAULT '{}';

CREATE TABLE "UsedFirstPageView" (
    "viewDigest" TEXT NOT NULL,
    "keepUntil" TEXT NOT NULL,

    CONSTRAINT "UsedFirstPageView_pkey" PRIMARY KEY ("viewDigest")
);

CREATE INDEX "UsedFirstPageView_keepUntil_idx" ON "UsedFirstPageView"("keepUntil");
