-- options: catalog=demo.json version=3.3 severity:SRB700=off
-- Before 3.4 no view is backed up at all: that is what is told, with the fix that leaves it out.
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (v_orders PARTITION (p1), example_tbl2);
