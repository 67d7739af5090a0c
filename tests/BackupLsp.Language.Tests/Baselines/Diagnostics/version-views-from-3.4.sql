-- options: catalog=demo.json version=3.4 severity:SRB700=off
-- From 3.4 StarRocks backs up views, named or with their database
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl2, v_orders);
ALTER TABLE example_db.example_tbl DROP TEMPORARY PARTITION tp1;
BACKUP SNAPSHOT example_db.s2 TO example_repo;
