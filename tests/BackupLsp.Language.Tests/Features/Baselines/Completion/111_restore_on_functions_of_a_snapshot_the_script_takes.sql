BACKUP SNAPSHOT example_db.udfs TO example_repo ON (FUNCTION my_udaf, example_tbl2);
RESTORE SNAPSHOT example_db.udfs FROM example_repo ON (example_tbl2, FUNCTION |