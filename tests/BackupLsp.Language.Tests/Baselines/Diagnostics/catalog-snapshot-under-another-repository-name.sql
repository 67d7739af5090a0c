-- options: catalog=shared-location.json severity:SRB700=off
-- A snapshot the catalog lists under another repository at the same location is not this repository's
RESTORE SNAPSHOT sales_20240602 FROM mig_ro DATABASE sales PROPERTIES ("backup_timestamp" = "2024-06-02-02-00-09");
SHOW SNAPSHOT ON mig_ro WHERE SNAPSHOT IN ('sales_20240601', 'sales_20240602');
CREATE REPOSITORY s3_mirror WITH BROKER ON LOCATION "s3a://corp-backup/starrocks/nightly";
DROP SNAPSHOT sales_20240602 ON s3_mirror;
-- a DROP SNAPSHOT is pointed at no read-only repository
DROP SNAPSHOT sales_20240601 ON s3_nightly;
DROP SNAPSHOT sales_20240601 ON s3_mirror;
RESTORE SNAPSHOT sales_20240601 FROM s3_mirror DATABASE sales PROPERTIES ("backup_timestamp" = "2024-06-01-02-00-13-412");
