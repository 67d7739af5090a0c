-- keyPartition: partitionColName=identifier '=' ...: a string cannot be the column, and StarRocks fails at the `=` after it.
BACKUP SNAPSHOT db.s1 TO repo ON (t PARTITION ("k" = "a"));
BACKUP SNAPSHOT db.s2 TO repo ON (t PARTITION ('k' = 'a', j = 'b'));
BACKUP SNAPSHOT db.s3 TO repo ON (t PARTITION "k" = "a");
RESTORE SNAPSHOT db.s4 FROM repo ON (t PARTITION ("k" = "a")) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- A bare or backticked column is StarRocks syntax: a condition BACKUP ignores (SRB303).
BACKUP SNAPSHOT db.s5 TO repo ON (t PARTITION (k = "a"));
BACKUP SNAPSHOT db.s6 TO repo ON (t PARTITION (`k` = "a"));
-- Strings are partition names.
BACKUP SNAPSHOT db.s7 TO repo ON (t PARTITION ("p1", 'p2'));
