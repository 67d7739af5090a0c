CREATE TABLE example_db.tbl_new (k INT) PARTITION BY RANGE (k) (PARTITION p9 VALUES LESS THAN ("9"));
ALTER TABLE example_db.example_tbl SWAP WITH tbl_new;
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_t|bl)
