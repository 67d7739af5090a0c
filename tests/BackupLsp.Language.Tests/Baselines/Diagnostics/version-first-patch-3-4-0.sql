-- options: catalog=demo.json version=3.4.0 severity:SRB700=off
-- A release's first patch has its forms: the 3.4 forms under 3.4.0
BACKUP DATABASE example_db SNAPSHOT s1 TO example_repo ON (ALL VIEWS);
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (TABLE example_tbl2, VIEW v_orders);
CANCEL BACKUP FOR EXTERNAL CATALOG;
