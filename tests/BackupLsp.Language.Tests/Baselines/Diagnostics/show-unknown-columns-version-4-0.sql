-- options: version=4.0
-- Before 4.1 these clauses are a newer form (SRB500), and SHOW RESTORE's WHERE is ignored: no column is looked up
SHOW BACKUP FROM db1 WHERE Foo = 'x';
SHOW RESTORE FROM db1 WHERE Foo = 'x' ORDER BY Bar LIMIT 3;
SHOW REPOSITORIES WHERE Nme = 'r';
