-- options: version=2.5
-- StarRocks 2.5 ignores SHOW SNAPSHOT's IN too
SHOW SNAPSHOT ON example_repo WHERE| SNAPSHOT IN ('snapshot_label1', 'snapshot_label2');
