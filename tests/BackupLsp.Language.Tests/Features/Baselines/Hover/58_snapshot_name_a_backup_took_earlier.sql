BACKUP SNAPSHOT example_db.nightly TO example_repo;
BACKUP SNAPSHOT example_db.night|ly TO example_repo
