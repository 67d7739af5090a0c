-- options: catalog=hand-written-timestamps.json severity:SRB700=off
-- A catalog written by hand may list a timestamp of another form than StarRocks writes: where it lists the snapshot's timestamps, it decides
RESTORE SNAPSHOT db.s FROM r PROPERTIES ("backup_timestamp" = "2018-05-04 16:45:08");
RESTORE SNAPSHOT db.s FROM r PROPERTIES ("backup_timestamp" = "2018-05-05-16-45-08");
-- one it does not list is told once, with its timestamps as fixes, none the value itself
RESTORE SNAPSHOT db.s FROM r PROPERTIES ("backup_timestamp" = "2018-05-04");
RESTORE SNAPSHOT db.s FROM r PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
