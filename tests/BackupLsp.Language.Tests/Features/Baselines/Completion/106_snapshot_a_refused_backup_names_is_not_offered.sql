BACKUP SNAPSHOT example_db.weekly TO example_repo PROPERTIES ("timeout" = "60");
BACKUP SNAPSHOT example_db.monthly TO example_repo ON (example_tbl2);
RESTORE SNAPSHOT | FROM example_repo
