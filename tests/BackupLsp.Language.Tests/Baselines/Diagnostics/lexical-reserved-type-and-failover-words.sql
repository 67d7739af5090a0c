-- options: severity:SRB700=off
-- Keyword tokens that StarRocks.g4's nonReserved rule leaves out are reserved: the decimal types, and the words of
-- failover groups and tuning recommendations. Backticked, they are names.
BACKUP SNAPSHOT db.s1 TO repo ON (decimal64, `decimal128`);
BACKUP SNAPSHOT db.s2 TO repo ON (DECIMALV2 PARTITION (single));
BACKUP SNAPSHOT db.s3 TO include_tables;
DROP REPOSITORY exclude_tables;
BACKUP SNAPSHOT db.s4 TO repo ON (both, variant);
