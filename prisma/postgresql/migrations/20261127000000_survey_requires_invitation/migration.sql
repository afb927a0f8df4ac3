-- A survey can require a one-time invitation code before a new respondent's draft is created.
ALTER TABLE "Survey" ADD COLUMN "requiresInvitation" BOOLEAN NOT NULL DEFAULT false;
