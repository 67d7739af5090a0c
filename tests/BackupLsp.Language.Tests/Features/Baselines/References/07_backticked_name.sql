CREATE REPOSITORY `archive` WITH BROKER ON LOCATION "hdfs://archive";
BACKUP SNAPSHOT example_db.snap1 TO arch|ive;
DROP REPOSITORY `archive`;
