-- Withdraw and supersede (docs/decisions/035-withdraw-and-supersede.md). Finding versions stay
-- immutable; a finding's status lives on the finding, so every version keeps its citation.
ALTER TABLE "Finding" ADD COLUMN "withdrawnAt" DATETIME;
ALTER TABLE "Finding" ADD COLUMN "withdrawnReason" TEXT;
ALTER TABLE "Finding" ADD COLUMN "supersededById" TEXT REFERENCES "Finding" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A withdrawal is final and keeps its date and reason: the tombstone must not change afterwards.
CREATE TRIGGER "Finding_withdrawal_is_final"
BEFORE UPDATE ON "Finding"
FOR EACH ROW
WHEN OLD."withdrawnAt" IS NOT NULL
  AND (NEW."withdrawnAt" IS NOT OLD."withdrawnAt" OR NEW."withdrawnReason" IS NOT OLD."withdrawnReason")
BEGIN
  SELECT RAISE(ABORT, 'a withdrawn finding stays withdrawn, with its date and reason');
END;

-- A withdrawal always says why.
CREATE TRIGGER "Finding_withdrawal_has_reason"
BEFORE UPDATE ON "Finding"
FOR EACH ROW
WHEN NEW."withdrawnAt" IS NOT NULL AND (NEW."withdrawnReason" IS NULL OR trim(NEW."withdrawnReason") = '')
BEGIN
  SELECT RAISE(ABORT, 'a withdrawal needs a reason');
END;
