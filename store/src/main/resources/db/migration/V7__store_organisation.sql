-- Balans store, version 7: a store belongs to one organisation. Its ledger and its closings are one
-- organisation's figures; two regions' ledgers in one store would be summed into each other's closings
-- without anyone noticing. The first workspace that writes to the store binds it to its organisation,
-- and a workspace of another organisation is refused. Stores made before version 7 are unbound until
-- then.

-- The organisation, by its number (the key: names are written differently by different systems) and
-- its name as the binding workspace gave it. At most one row: the constant key (always 1) makes a
-- second organisation, or a second, concurrent first binding, fail on the primary key, the same way
-- on H2 and PostgreSQL (as ledger_state's single row).
CREATE TABLE store_organisation (
    id              INTEGER       NOT NULL PRIMARY KEY,
    number          VARCHAR(11)   NOT NULL,
    name            VARCHAR(400)  NOT NULL,
    bound_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    bound_by        VARCHAR(200)  NOT NULL,
    CONSTRAINT ck_store_organisation_one_row CHECK (id = 1)
);
