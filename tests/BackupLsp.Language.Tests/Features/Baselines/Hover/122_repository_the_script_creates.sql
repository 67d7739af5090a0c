-- a repository the script creates shows its location
CREATE REPOSITORY made_repo WITH BROKER ON LOCATION "s3a://bucket/made";
BACKUP SNAPSHOT example_db.s TO made_r|epo ON (example_tbl2);
