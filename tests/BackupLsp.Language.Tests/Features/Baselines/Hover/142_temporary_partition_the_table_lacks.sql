-- A temporary partition the catalog does not list for its table.
BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl TEMPORARY PARTITION (tp_nope|));
