-- options: catalog=demo.json version=4.0.0 severity:SRB700=off
-- A release's first patch has its forms: partitions without parentheses under 4.0.0
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (Orders PARTITION p202401, p202402);
