-- options: catalog=demo.json version=3.3 severity:SRB700=off
-- A form newer than the configured release is told, and what else is wrong in it too: every release that has the form
-- refuses that as well, so the script would fail after the upgrade.
BACKUP DATABASE example_db AS x SNAPSHOT s1 TO example_repo ON (example_tbl2);
BACKUP ALL EXTERNAL CATALOGS DATABASE example_db SNAPSHOT s2 TO example_repo;
BACKUP EXTERNAL CATALOG (default_catalog) SNAPSHOT s3 TO example_repo;
BACKUP DATABASE 1db SNAPSHOT s4 TO example_repo;
BACKUP SNAPSHOT example_db.s5 TO example_repo PROPERTIES ("ttl" = "7d");
