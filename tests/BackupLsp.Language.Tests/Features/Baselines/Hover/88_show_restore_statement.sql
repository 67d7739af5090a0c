SHOW RESTO|RE IN example_db WHERE SnapshotName = "snapshot_label1";
