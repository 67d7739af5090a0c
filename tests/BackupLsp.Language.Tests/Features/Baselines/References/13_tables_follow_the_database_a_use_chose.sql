BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl);
USE sales_db;
BACKUP SNAPSHOT s2 TO example_repo ON (example_|tbl);
BACKUP SNAPSHOT sales_db.s3 TO example_repo ON (example_tbl);
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (example_tbl);
