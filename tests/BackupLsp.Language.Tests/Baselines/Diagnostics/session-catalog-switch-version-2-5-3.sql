-- options: version=2.5.3
-- SET CATALOG came to branch-2.5 two days before 2.5.3, which is taken to have it: the switch leaves the session without a
-- database. USE 'CATALOG c' is still 3.0's only.
USE example_db;
SET CATALOG hive_cat;
BACKUP SNAPSHOT s1 TO example_repo;
USE example_db;
USE 'CATALOG hive_cat';
BACKUP SNAPSHOT s2 TO example_repo;
