BACKUP SNAPSHOT example_db.nightly TO example_repo ON (example_tbl2);
BACKUP SNAPSHOT example_db.night|ly TO example_repo
