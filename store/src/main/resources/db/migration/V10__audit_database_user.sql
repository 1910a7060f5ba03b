-- Balans store, version 10: the audit log records the database login beside the operating-system user. On a
-- shared server they differ (a finance officer's OS account, the balans_ekonomi role); an auditor needs both.
-- Entries written before this version have none (NULL).
ALTER TABLE audit_log ADD COLUMN db_user VARCHAR(200);
