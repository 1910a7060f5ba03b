-- Balans store, version 11: the audit log becomes a hash chain (issue 15). Each entry carries the SHA-256 of the
-- entry before it and its own, computed over every field; an entry that records stored rows (an import, a
-- closing, a committee forecast, the store's organisation) names them and carries their SHA-256, so a figure
-- changed behind the program's back no longer matches the entry that recorded it. `balans verify` walks the
-- chain and names the first entry that breaks it. Version 12 seals the entries written before this version.
ALTER TABLE audit_log ADD COLUMN record_kind VARCHAR(20);
ALTER TABLE audit_log ADD COLUMN record_id BIGINT;
ALTER TABLE audit_log ADD COLUMN record_sha256 CHAR(64);
ALTER TABLE audit_log ADD COLUMN previous_sha256 CHAR(64);
ALTER TABLE audit_log ADD COLUMN entry_sha256 CHAR(64);

-- The chain's head: the newest entry and its hash. Every append locks this one row (SELECT … FOR UPDATE), so
-- entries are numbered and chained one after the other however many processes write; and an entry deleted from
-- the end of the log no longer matches the head.
CREATE TABLE audit_chain (
    id              INTEGER       NOT NULL PRIMARY KEY,
    last_entry      BIGINT        NOT NULL,
    last_sha256     CHAR(64)      NOT NULL
);
INSERT INTO audit_chain (id, last_entry, last_sha256)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
