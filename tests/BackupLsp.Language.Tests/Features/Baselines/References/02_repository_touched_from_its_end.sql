BACKUP SNAPSHOT example_db.snap1 TO example_repo|;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snap1';
-- names are case-sensitive: another repository
DROP REPOSITORY Example_Repo;
