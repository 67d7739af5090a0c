BACKUP SNAPSHOT example_db.nightly_s|nap TO example_repo ON (example_tbl)
