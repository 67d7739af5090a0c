-- options: version=4.0
RESTORE SNAPSHOT example_db.snapshot_label2 FROM example_repo ON (example_tbl PARTITION p1, p2 AS c|opy)
