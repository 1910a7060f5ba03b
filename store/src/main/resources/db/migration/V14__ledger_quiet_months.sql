-- Balans store, version 14: the months an export covers without a voucher in them (a small organisation's quiet
-- month, or a hand-made test ledger's). Which months an import supplies was read off its balances, so a month with
-- none had no ledger, and no later month of the year could be closed over the gap. An export covers every month
-- from its first voucher's to its last's; the months among them without a balance are recorded here, so that the
-- import supplies them (with nothing in them). A file of late vouchers (--add) covers only its vouchers' months and
-- has none here.
CREATE TABLE ledger_quiet_month (
    import_id       BIGINT      NOT NULL,
    period          CHAR(7)     NOT NULL,
    CONSTRAINT pk_ledger_quiet_month PRIMARY KEY (import_id, period),
    CONSTRAINT fk_ledger_quiet_month_import FOREIGN KEY (import_id) REFERENCES imported_file (id)
);
