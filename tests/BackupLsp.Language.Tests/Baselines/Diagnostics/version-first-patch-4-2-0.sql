-- options: catalog=demo.json version=4.2.0 severity:SRB700=off
-- A release's first patch has its forms: DROP SNAPSHOT and BACKUP's ttl under 4.2.0
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (Orders) PROPERTIES ("ttl" = "7 DAY");
DROP SNAPSHOT snapshot_label1 ON example_repo;
