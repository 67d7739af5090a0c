BACKUP SNAPSHOT example_db.snapshot_lab|el2 TO example_repo ON (example_tbl)
