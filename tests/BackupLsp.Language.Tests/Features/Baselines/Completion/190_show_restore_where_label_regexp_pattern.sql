-- the pattern after REGEXP is a value, as after LIKE: no clause keyword goes before it
SHOW RESTORE WHERE Label REGEXP |'^night'
