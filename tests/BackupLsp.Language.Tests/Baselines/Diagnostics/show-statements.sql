SHOW REPOSITORIES;
SHOW SNAPSHOT ON example_repo;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snapshot_label1';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = "snapshot_label1" AND TIMESTAMP = "2018-05-04-16-45-08";
SHOW SNAPSHOT ON example_repo WHERE timestamp = '2018-05-04-16-45-08' and snapshot = 'snapshot_label1';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN ('a', 'b', 'c');
SHOW BACKUP;
SHOW BACKUP FROM example_db;
SHOW BACKUP IN example_db;
SHOW RESTORE;
SHOW RESTORE FROM example_db;
SHOW RESTORE IN example_db WHERE State = 'FINISHED';
-- Current StarRocks takes WHERE, ORDER BY and LIMIT after every SHOW of the family.
SHOW BACKUP FROM example_db WHERE State = 'FINISHED' ORDER BY CreateTime DESC LIMIT 5;
SHOW RESTORE LIMIT 5;
SHOW REPOSITORIES ORDER BY Name LIMIT 1, 2;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snap1' ORDER BY Timestamp LIMIT 1;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN ('a', 'b') LIMIT;
SHOW SNAPSHOT ON example_repo ORDER BY Timestamp WHERE SNAPSHOT = 'a';
