BACKUP SNAPSHOT example_db.monthly TO example_repo ON (example_tbl2);
RESTORE SNAPSHOT example_db.monthly FROM example_repo ON (`ord|er`);