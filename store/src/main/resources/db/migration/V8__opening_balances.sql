-- Balans store, version 8: the opening balances a ledger file states for its fiscal year (SIE #IB 0),
-- per account, signed as booked (debit positive). A closing's balance sheet starts from them; a file
-- without them leaves the year to be rolled forward from last year's closing balances.
CREATE TABLE ledger_opening_balance (
    import_id       BIGINT        NOT NULL,
    fiscal_year     INTEGER       NOT NULL,
    account         VARCHAR(20)   NOT NULL,
    amount          DECIMAL(20,2) NOT NULL,
    CONSTRAINT pk_ledger_opening_balance PRIMARY KEY (import_id, fiscal_year, account),
    CONSTRAINT fk_ledger_opening_balance_import FOREIGN KEY (import_id) REFERENCES imported_file (id)
);
