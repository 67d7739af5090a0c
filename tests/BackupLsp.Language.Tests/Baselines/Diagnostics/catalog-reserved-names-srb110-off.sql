-- options: catalog=demo.json version=4.0 severity:SRB110=off
-- with SRB110 off (the release in use takes the word as a name), a bare reserved word is looked up as a name
BACKUP SNAPSHOT both.s1 TO example_repo;
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (system, example_tbl PARTITION (p1, both));
USE both;
