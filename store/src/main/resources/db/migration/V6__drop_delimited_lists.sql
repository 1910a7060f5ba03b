-- Balans store, version 6: the delimited lists that version 5 moved into child tables (closing_committee,
-- closing_basis_weight, closing_basis_year) are dropped, so that each fact has one place.
ALTER TABLE closing DROP COLUMN committees;
ALTER TABLE closing_basis DROP COLUMN learned_from;
ALTER TABLE closing_basis DROP COLUMN weights;
