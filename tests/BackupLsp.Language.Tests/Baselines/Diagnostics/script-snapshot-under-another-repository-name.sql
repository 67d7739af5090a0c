-- options: catalog=none severity:SRB700=off
-- A repository keeps its snapshots under its name at its location: another name there does not see them
CREATE REPOSITORY s3_mig WITH BROKER ON LOCATION "s3a://corp-backup/sr/migration";
BACKUP DATABASE sales SNAPSHOT mig_0610 TO s3_mig ON (ALL TABLES);
CREATE READ ONLY REPOSITORY s3_mig_ro WITH BROKER ON LOCATION "s3://corp-backup/sr/migration/";
RESTORE SNAPSHOT mig_0610 FROM s3_mig_ro DATABASE sales PROPERTIES ("backup_timestamp" = "2024-06-10-02-00-00-000");
SHOW SNAPSHOT ON s3_mig_ro WHERE SNAPSHOT = 'mig_0610';
-- the same name sees it; another location holds other snapshots
RESTORE SNAPSHOT mig_0610 FROM s3_mig DATABASE sales PROPERTIES ("backup_timestamp" = "2024-06-10-02-00-00-000");
CREATE REPOSITORY s3_other WITH BROKER ON LOCATION "s3a://corp-backup/sr/other";
RESTORE SNAPSHOT mig_0610 FROM s3_other DATABASE sales PROPERTIES ("backup_timestamp" = "2024-06-10-02-00-00-000");
-- dropped, the name is free to make again, and made so the repository sees its snapshots
DROP REPOSITORY s3_mig;
CREATE REPOSITORY s3_mig2 WITH BROKER ON LOCATION "s3a://corp-backup/sr/migration";
DROP SNAPSHOT mig_0610 ON s3_mig2;
CREATE REPOSITORY s3_mig WITH BROKER ON LOCATION "s3a://corp-backup/sr/migration";
BACKUP DATABASE sales SNAPSHOT mig_0610 TO s3_mig ON (ALL TABLES);
