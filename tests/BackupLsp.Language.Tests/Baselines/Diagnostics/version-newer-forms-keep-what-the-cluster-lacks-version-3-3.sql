-- options: catalog=demo.json version=3.3 severity:SRB700=off
-- a form newer than the configured release hides no finding of what the cluster lacks: that fails on every release
DROP SNAPSHOT s1 ON no_repo;
BACKUP DATABASE nodb SNAPSHOT s1 TO example_repo ON (ALL TABLES);
