BACKUP SNAPSHOT ``.s1 TO repo;
BACKUP SNAPSHOT db.`` TO repo;
BACKUP SNAPSHOT db.s3 TO ``;
DROP REPOSITORY ``;
-- A partition written as an empty string is as empty: StarRocks looks partition "" up and finds none.
BACKUP SNAPSHOT db.s4 TO repo ON (t PARTITION (''));
RESTORE SNAPSHOT db.s4 FROM repo ON (t PARTITION ("", p1)) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00-000");
