-- A misspelled head word is reported once: not again by the parser or by a rule over the same words.
CREATE REPOSITRY r WITH BROKER ON LOCATION "s3a://b/p";
CREATE REPOSITORIES r WITH BROKER ON LOCATION "s3a://b/p";
CANCEL BACKUPS;
CANCEL RESTOR;
RESTOR SNAPSHOT d1.s FROM repo;
-- Rules elsewhere in the statement still report.
BACKP SNAPSHOT d2.s TO repo PROPERTIES ("timeout" = "60");
