-- The audit trail is append-only (docs/decisions/039-accounts-and-survey-roles.md): an entry can be
-- neither edited nor deleted, by the app or by anyone holding a SQL shell short of dropping the
-- trigger (a superuser can; see docs/deploy.md for the roles). An account with entries therefore
-- cannot be deleted either (its ON DELETE SET NULL would edit them): accounts are deactivated instead.
-- ("refuse_row_change" raises its argument: 20261125000000_init.)
CREATE TRIGGER "AuditEvent_immutable"
BEFORE UPDATE ON "AuditEvent"
FOR EACH ROW
EXECUTE FUNCTION "refuse_row_change"('an audit entry cannot be changed');

CREATE TRIGGER "AuditEvent_kept"
BEFORE DELETE ON "AuditEvent"
FOR EACH ROW
EXECUTE FUNCTION "refuse_row_change"('an audit entry cannot be deleted');

-- TRUNCATE skips row triggers: refuse it too, or one statement would empty the trail.
CREATE TRIGGER "AuditEvent_not_truncated"
BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT
EXECUTE FUNCTION "refuse_row_change"('an audit entry cannot be deleted');
