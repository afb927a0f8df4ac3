-- Withdraw and supersede (docs/decisions/035-withdraw-and-supersede.md). Finding versions stay
-- immutable; a finding's status lives on the finding, so every version keeps its citation.
ALTER TABLE "Finding" ADD COLUMN "withdrawnAt" TIMESTAMP(3);
ALTER TABLE "Finding" ADD COLUMN "withdrawnReason" TEXT;
ALTER TABLE "Finding" ADD COLUMN "supersededById" TEXT;

ALTER TABLE "Finding" ADD CONSTRAINT "Finding_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "Finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A withdrawal is final and keeps its date and reason: the tombstone must not change afterwards.
-- ("refuse_row_change" raises its argument: 20261125000000_init.)
CREATE TRIGGER "Finding_withdrawal_is_final"
BEFORE UPDATE ON "Finding"
FOR EACH ROW
WHEN (OLD."withdrawnAt" IS NOT NULL
  AND (NEW."withdrawnAt" IS DISTINCT FROM OLD."withdrawnAt" OR NEW."withdrawnReason" IS DISTINCT FROM OLD."withdrawnReason"))
EXECUTE FUNCTION "refuse_row_change"('a withdrawn finding stays withdrawn, with its date and reason');

-- A withdrawal always says why.
CREATE TRIGGER "Finding_withdrawal_has_reason"
BEFORE UPDATE ON "Finding"
FOR EACH ROW
WHEN (NEW."withdrawnAt" IS NOT NULL AND (NEW."withdrawnReason" IS NULL OR trim(NEW."withdrawnReason") = ''))
EXECUTE FUNCTION "refuse_row_change"('a withdrawal needs a reason');
