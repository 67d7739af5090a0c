-- options: version=4.0.0
-- DECIMAL256 is a name in the 4.0 releases before it became a token: a sort key there (ORDER BY itself is 4.1's)
SHOW BACKUP ORDER BY decimal256;
SHOW BACKUP WHERE decimal256 = 1;
