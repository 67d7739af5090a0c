BACKUP SNAPSHOT example_db.weekly TO example_repo PROPERTIES ("timeout" = "60");
BACKUP SNAPSHOT example_db.monthly TO example_repo;
RESTORE SNAPSHOT | FROM example_repo
