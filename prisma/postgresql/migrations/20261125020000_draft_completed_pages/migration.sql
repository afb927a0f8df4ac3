-- Which pages a respondent has completed with "Continue", kept apart from time on page:
-- saving or going back records time but must not count a page as done.
ALTER TABLE "ResumeDraft" ADD COLUMN "completedPages" TEXT NOT NULL DEFAULT '[]';
