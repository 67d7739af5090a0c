-- options: catalog=demo.json
BACKUP SNAPSHOT s1 TO hdfs_repo;
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo;
