-- The audit trail is append-only (docs/decisions/039-accounts-and-survey-roles.md): an entry can be
-- neither edited nor deleted, by the app or by anyone holding the database file and a SQL shell
-- short of dropping the trigger. An account with entries therefore cannot be deleted either (its
-- ON DELETE SET NULL would edit them): accounts are deactivated instead.
CREATE TRIGGER "AuditEvent_immutable"
BEFORE UPDATE ON "AuditEvent"
FOR EACH ROW
BEGIN
  SELECT RAISE(ABORT, 'an audit entry cannot be changed');
END;

CREATE TRIGGER "AuditEvent_kept"
BEFORE DELETE ON "AuditEvent"
FOR EACH ROW
BEGIN
  SELECT RAISE(ABORT, 'an audit entry cannot be deleted');
END;
