RESTORE SNAPSHOT example_db.snapshot_label1
FROM example_repo
ON (example_tbl PARTITION (p1, p2) AS example_tbl_restored, example_tbl2)
PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08", "timeout" = "7200", "allow_load" = "TRUE",
            "replication_num" = "1", "meta_version" = "2", "starrocks_meta_version" = "3");

RESTORE SNAPSHOT snapshot_label1 FROM example_repo DATABASE sales_db AS example_db_copy
ON (TABLE t1 AS t1_copy, VIEW v1 AS v1_copy, MATERIALIZED VIEW mv1 AS mv1_copy, FUNCTION f1 AS f1_copy, ALL TABLES)
PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");

RESTORE SNAPSHOT snapshot_label1 FROM example_repo DATABASE archive_db PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
