-- A zero-width space (copied from a web page) is a name character to StarRocks: the message says why this `TO` is no keyword.
BACKUP SNAPSHOT db.s TO​ repo;
-- What the grammar reads only to report it is not offered as what may come: AS in BACKUP, ON before WITH BROKER.
BACKUP DATABASE db EXTERNAL CATALOG (c);
CREATE REPOSITORY repo BROKER ON LOCATION "s3a://bucket/backup";
CREATE REPOSITORY repo WITH BROKER LOCATION "s3a://bucket/backup";
