-- options: severity:SRB700=off
-- current StarRocks may read t2 and v1 as partitions of t1 (SRB305): their names are then not taken
RESTORE SNAPSHOT db.s1 FROM repo ON (t1 PARTITION p1, t2, t3 AS t2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s2 FROM repo ON (t1 PARTITION p1, v1, VIEW x AS v1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- the alias after the last of them is t1's there, and is refused either way
RESTORE SNAPSHOT db.s3 FROM repo ON (t1 PARTITION p1, p2 AS t1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s4 FROM repo ON (t1 PARTITION p1, p2 AS x, t3 AS x) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s5 FROM repo ON (t1 PARTITION p1, p2 AS t3, t3) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s6 FROM repo ON (t1 PARTITION p1, p2 AS t1_bak, t3 AS t1_bak) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
