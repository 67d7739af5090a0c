-- options: version=3.3
-- the WHERE of SHOW SNAPSHOT under a release from 3.0 on: IN filters
SHOW SNAPSHOT ON example_repo WHERE| SNAPSHOT IN ('snapshot_label1', 'snapshot_label2');
