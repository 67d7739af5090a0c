-- options: version=4.1
-- BOTH, a name to the newest grammar, is reserved in 4.1, whose SHOWs take WHERE and ORDER BY: backtick it there too
SHOW BACKUP FROM example_db WHERE both = 1;
SHOW BACKUP FROM example_db ORDER BY both;
SHOW BACKUP FROM example_db ORDER BY `both`;
