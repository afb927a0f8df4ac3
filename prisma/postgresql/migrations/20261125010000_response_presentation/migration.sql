-- What the respondent's journey keeps: the order items were shown in, whole seconds
-- per page (no clock times), the language used, and whether a row is synthetic demo data.
ALTER TABLE "Response" ADD COLUMN "presentation" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "Response" ADD COLUMN "durationSeconds" INTEGER;
ALTER TABLE "Response" ADD COLUMN "pageSeconds" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "Response" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Response" ADD COLUMN "isSynthetic" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "ResumeDraft" ADD COLUMN "presentation" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "ResumeDraft" ADD COLUMN "pageSeconds" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "ResumeDraft" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "ResumeDraft" ADD COLUMN "currentPageId" TEXT;
