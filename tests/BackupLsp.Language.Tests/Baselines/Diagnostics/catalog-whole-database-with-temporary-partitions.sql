-- options: catalog=demo.json
-- Without ON, or with ALL TABLES, a BACKUP takes every table of the database, and StarRocks refuses a table that has temporary partitions
BACKUP SNAPSHOT example_db.whole TO hdfs_repo;
BACKUP DATABASE example_db SNAPSHOT whole2 TO hdfs_repo;
BACKUP SNAPSHOT example_db.all_tables TO hdfs_repo ON (ALL TABLES);
-- a table named besides ALL TABLES is told at its name, once
BACKUP SNAPSHOT example_db.all_and_named TO hdfs_repo ON (ALL TABLES, example_tbl);
-- views and materialized views alone take no table
BACKUP SNAPSHOT example_db.views TO hdfs_repo ON (ALL VIEWS);
-- a database whose tables the catalog does not list: nothing is told
BACKUP SNAPSHOT sales_db.whole TO hdfs_repo;
-- once TRUNCATE TABLE has dropped them, the whole database is not refused for them
TRUNCATE TABLE example_db.example_tbl;
BACKUP SNAPSHOT example_db.after_truncate TO hdfs_repo;
