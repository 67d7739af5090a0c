-- options: catalog=shared-location.json severity:SRB700=off
-- A repository dropped and made again at its location holds its snapshots again; made elsewhere, it starts without them
DROP REPOSITORY s3_nightly;
RESTORE SNAPSHOT sales_20240601 FROM s3_nightly DATABASE sales PROPERTIES ("backup_timestamp" = "2024-06-01-02-00-13-412");
CREATE REPOSITORY s3_nightly WITH BROKER ON LOCATION "s3a://corp-backup/starrocks/nightly/";
BACKUP SNAPSHOT sales.sales_20240602 TO s3_nightly ON (customers);
RESTORE SNAPSHOT sales_20240601 FROM s3_nightly DATABASE sales PROPERTIES ("backup_timestamp" = "2024-06-01-02-00-13-412");
RESTORE SNAPSHOT sales_20240699 FROM s3_nightly DATABASE sales PROPERTIES ("backup_timestamp" = "2024-06-01-02-00-13-412");
DROP REPOSITORY s3_nightly;
CREATE REPOSITORY s3_nightly WITH BROKER ON LOCATION "s3a://corp-backup/starrocks/elsewhere";
BACKUP SNAPSHOT sales.sales_20240602 TO s3_nightly ON (customers);
