-- options: catalog=demo.json version=2.5 severity:SRB700=off
-- Only a release that has the switch reads its catalog's name: 2.5 fails USE 'CATALOG c' for its form (3.0), whatever
-- c is, and reads SET CATALOG's name (2.5.3 and later), failing one StarRocks refuses; neither switches anything
USE example_db;
USE 'CATALOG 1hive';
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl2);
SET CATALOG `1hive`;
BACKUP SNAPSHOT s2 TO example_repo ON (example_tbl2);
