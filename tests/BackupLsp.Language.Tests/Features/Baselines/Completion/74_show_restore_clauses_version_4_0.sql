-- options: version=4.0
-- 4.0 takes SHOW RESTORE's WHERE but ignores it: not offered
SHOW RESTORE FROM example_db |
