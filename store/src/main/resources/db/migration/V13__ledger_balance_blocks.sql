-- Balans store, version 13: an import's balances in blocks, one row per import, month and account (and part),
-- holding that account's cells of the month as parallel arrays: cost centre, the other dimensions, amount and
-- how many rows summed to it. Element i of each array is one balance, what version 1's ledger_balance held in
-- a row. Amounts are whole öre (SEK × 100, exact: a balance has at most two decimals), debit positive.
--
-- Why: a wide ledger sums to hundreds of thousands of cells a year (accounts × cost centres × projects ×
-- months), and a database pays for every row it writes — in H2 an entry in each of three B-trees and in the
-- undo log, and a commit mark, some 25 µs a row — so a cell a row made the store's write most of an import's
-- time, and a closing's GROUP BY over them most of a closing's. A block costs one row for hundreds of cells.
-- An account's cells of a month are cut into parts of at most 10 000 (H2 caps an array at 65 536 elements).
-- SQL still reads the cells, e.g. PostgreSQL's unnest(cost_centres, dimensions, amounts_ore, row_counts);
-- Balans expands and sums them in Java, in one order on both databases.
CREATE TABLE ledger_balance_block (
    import_id       BIGINT              NOT NULL,
    period          CHAR(7)             NOT NULL,
    account         VARCHAR(20)         NOT NULL,
    part            INTEGER             NOT NULL,
    cost_centres    VARCHAR(40) ARRAY   NOT NULL,
    dimensions      VARCHAR(400) ARRAY  NOT NULL,
    amounts_ore     BIGINT ARRAY        NOT NULL,
    row_counts      BIGINT ARRAY        NOT NULL,
    CONSTRAINT pk_ledger_balance_block PRIMARY KEY (import_id, period, account, part),
    CONSTRAINT fk_ledger_balance_block_import FOREIGN KEY (import_id) REFERENCES imported_file (id),
    CONSTRAINT ck_ledger_balance_block_parallel CHECK (CARDINALITY(cost_centres) > 0
        AND CARDINALITY(dimensions) = CARDINALITY(cost_centres) AND CARDINALITY(amounts_ore) = CARDINALITY(cost_centres)
        AND CARDINALITY(row_counts) = CARDINALITY(cost_centres))
);

-- The balances stored so far, one block per import, month and account (no store holds 10 000 cells of one
-- account and month from before this version), in the order of their old key.
INSERT INTO ledger_balance_block (import_id, period, account, part, cost_centres, dimensions, amounts_ore, row_counts)
SELECT import_id, period, account, 0,
       ARRAY_AGG(cost_centre ORDER BY cost_centre, dimensions),
       ARRAY_AGG(dimensions ORDER BY cost_centre, dimensions),
       ARRAY_AGG(CAST(amount * 100 AS BIGINT) ORDER BY cost_centre, dimensions),
       ARRAY_AGG(row_count ORDER BY cost_centre, dimensions)
FROM ledger_balance
GROUP BY import_id, period, account;

DROP TABLE ledger_balance;
