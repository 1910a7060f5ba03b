-- Balans store, version 3: where an imported file was read from, so that `balans verify` can hash it again.
ALTER TABLE imported_file ADD COLUMN file_path VARCHAR(2000);
