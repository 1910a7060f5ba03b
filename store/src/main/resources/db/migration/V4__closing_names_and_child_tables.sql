-- Balans store, version 4: a closing carries its organisation's name and its committees' names, so that
-- any report of it is rendered from the closing alone; lists that versions 1–3 kept as delimited
-- strings get child tables. Version 5 (a Java migration) moves the existing closings' lists into
-- these tables; version 6 drops the old columns.

-- The organisation's name as the closing's configuration gave it (e.g. 'Region Västerbotten');
-- '' for closings made before version 4, which did not record it.
-- The default only fills the existing rows: every new closing states its organisation.
ALTER TABLE closing ADD COLUMN organisation VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE closing ALTER COLUMN organisation DROP DEFAULT;

-- The committees of a closing in report order, with the names it was closed with. Closings made
-- before version 4 recorded only the codes: the migration gives them their codes as names.
CREATE TABLE closing_committee (
    closing_id      BIGINT        NOT NULL,
    ordinal         INTEGER       NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    name            VARCHAR(400)  NOT NULL,
    english_name    VARCHAR(400)  NOT NULL,
    CONSTRAINT pk_closing_committee PRIMARY KEY (closing_id, ordinal),
    CONSTRAINT uq_closing_committee_code UNIQUE (closing_id, code),
    CONSTRAINT fk_closing_committee_closing FOREIGN KEY (closing_id) REFERENCES closing (id)
);

-- A closing's forecast bases in the order the engine listed them (committees in report order, then
-- result lines), which versions 1–3 did not keep: they read the bases back by target, and version 5
-- numbers the existing ones in that order, so that they read back as before. Version 6 makes it
-- required.
ALTER TABLE closing_basis ADD COLUMN ordinal INTEGER;

-- The twelve weights of a forecast basis's monthly profile. A weight is kept with its scale: the
-- closing is compared with its recomputation BigDecimal for BigDecimal, and H2 keeps no scale of its
-- own in a DECIMAL column (0.10 would come back as 0.1000…). 20 decimals hold every profile the
-- engine makes (12) with room to spare; the store refuses a weight it could not give back exactly.
CREATE TABLE closing_basis_weight (
    closing_id      BIGINT        NOT NULL,
    target          VARCHAR(40)   NOT NULL,
    month_number    INTEGER       NOT NULL,
    weight          DECIMAL(38,20) NOT NULL,
    weight_scale    INTEGER       NOT NULL,
    CONSTRAINT pk_closing_basis_weight PRIMARY KEY (closing_id, target, month_number),
    CONSTRAINT fk_closing_basis_weight_basis FOREIGN KEY (closing_id, target)
        REFERENCES closing_basis (closing_id, target),
    CONSTRAINT ck_closing_basis_weight_month CHECK (month_number BETWEEN 1 AND 12)
);

-- The years a learned profile was computed from, in the order the engine listed them.
CREATE TABLE closing_basis_year (
    closing_id      BIGINT        NOT NULL,
    target          VARCHAR(40)   NOT NULL,
    ordinal         INTEGER       NOT NULL,
    learned_year    INTEGER       NOT NULL,
    CONSTRAINT pk_closing_basis_year PRIMARY KEY (closing_id, target, ordinal),
    CONSTRAINT fk_closing_basis_year_basis FOREIGN KEY (closing_id, target)
        REFERENCES closing_basis (closing_id, target)
);
