CREATE TABLE example_db.tbl_copy LIKE example_tbl;
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (tbl_copy PARTITION (p|4))
