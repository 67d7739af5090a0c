-- options: catalog=demo.json severity:SRB700=off
-- Typographic quotes (“ ” ‘ ’ „ ‟ ″ ‚ ‛ ′) and full-width ones (＂ ＇) are letters to StarRocks (its LETTER takes U+0080
-- and up): `“full”` is a name, not a string. A pair of one kind around a word becomes the string meant; the rules read
-- that string meanwhile, so the key below is known and its value checked.
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (Orders) PROPERTIES (“type” = “full”, ‘timeout’ = ‘7200’);
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (Orders) PROPERTIES („type“ = ＂full＂, ＇timeout＇ = ″60″);
-- a prime (′), as typesetting makes of a quote pasted from a document
BACKUP SNAPSHOT example_db.s6 TO example_repo ON (Orders) PROPERTIES (′type′ = ′full′);
-- an unmatched mark may have lost its other half elsewhere: its fix is offered, not applied unasked
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (Orders) PROPERTIES (“type = “full’);
-- text that StarRocks reads as names and operators fails its parse: the quotes are the fix where they make it read on
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo ON (Orders) PROPERTIES ("backup_timestamp" = ‘2018-05-04-16-45-08’);
CREATE REPOSITORY r1 WITH BROKER ON LOCATION “s3a://bucket/path” PROPERTIES ("aws.s3.access_key" = "k");
CREATE REPOSITORY r2 WITH BROKER ON LOCATION “hdfs_path” PROPERTIES ("username" = "u");
BACKUP SNAPSHOT example_db.s4 TO example_repo PROPERTIES (“type” = “full 2”);
-- a SHOW SNAPSHOT filter StarRocks refuses, and a condition it cannot parse, that straight quotes would mend
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = “snapshot_label1”;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = ‘snapshot_label1’ AND TIMESTAMP = ‘2018-05-04-16-45-08’;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = “snapshot_label1’;
SHOW BACKUP FROM example_db WHERE SnapshotName = “my snap”;
-- A SHOW BACKUP's condition names its result's columns, and `“FINISHED”` is a column it lacks, which straight quotes make
-- a string; in backticks, strings and comments the marks are text: a name is looked up as written
SHOW BACKUP FROM example_db WHERE State = “FINISHED”;
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (`“Orders”`) PROPERTIES ("type" = "full", "timeout" = "7200") /* “a” */;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = '“snapshot_label1”';
