-- options: catalog=demo.json
-- A repository the catalog lists that a DROP REPOSITORY before took away: said so, as for a dropped table.
DROP REPOSITORY hdfs_repo;
SHOW SNAPSHOT ON hdfs_re|po;
