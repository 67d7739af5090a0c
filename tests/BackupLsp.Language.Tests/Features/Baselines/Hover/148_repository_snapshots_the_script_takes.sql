-- options: catalog=demo.json
-- A repository's snapshots as the script leaves them: the catalog's, less those dropped, and those the BACKUPs before take.
BACKUP SNAPSHOT example_db.snap_x TO hdfs_repo ON (Orders);
SHOW SNAPSHOT ON hdfs_re|po;
