-- options: catalog=none
CREATE REPOSITORY made_repo WITH BROKER ON LOCATION 's3a://bucket/made';
BACKUP SNAPSHOT db.snap1 TO made_repo;
RESTORE SNAPSHOT | FROM made_repo
