-- the pattern after REGEXP is a value, as after LIKE: the snapshots go there, no clause keyword
SHOW RESTORE WHERE Label REGEXP |'^night'
