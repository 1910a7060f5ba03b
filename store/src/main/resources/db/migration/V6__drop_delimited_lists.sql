-- Balans store, version 6: the delimited lists that version 5 moved into child tables (closing_committee,
-- closing_basis_weight, closing_basis_year) are dropped, so that each fact has one place; every
-- forecast basis now has its place in the closing's order.
ALTER TABLE closing DROP COLUMN committees;
ALTER TABLE closing_basis DROP COLUMN learned_from;
ALTER TABLE closing_basis DROP COLUMN weights;
ALTER TABLE closing_basis ALTER COLUMN ordinal SET NOT NULL;
ALTER TABLE closing_basis ADD CONSTRAINT uq_closing_basis_ordinal UNIQUE (closing_id, ordinal);
