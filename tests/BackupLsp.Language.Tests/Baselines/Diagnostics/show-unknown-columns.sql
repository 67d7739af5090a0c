-- StarRocks 4.1 reads a SHOW's WHERE and ORDER BY against the columns of its result, in any case: a sort key it lacks fails
-- the statement, a condition's selects nothing; the nearest column is offered where one is near
SHOW BACKUP FROM db1 WHERE Foo = 'x';
SHOW RESTORE FROM db1 ORDER BY Bar LIMIT 3;
SHOW REPOSITORIES WHERE Nme = 'r';
SHOW BACKUP WHERE Stat = 'FINISHED' ORDER BY CreatTime DESC, JobId NULLS FIRST;
SHOW RESTORE WHERE 'snap1' = Lable OR `DbNam` IN ('db1') ORDER BY `Timestamp`, status DESC;
SHOW REPOSITORIES WHERE RepoNmae LIKE 'r%' ORDER BY IsReadOnly, Locaton;
-- a table before a column is not looked at: the column is
SHOW BACKUP WHERE t.State = 'FINISHED' ORDER BY db.t.SnapshotNam;
-- the columns are the result's in any case; values, calls, types, variables and a subquery's columns are none
SHOW BACKUP WHERE state = 'FINISHED' AND CreateTime > DATE '2024-01-01' AND lower(dbname) LIKE 'db%' ORDER BY `jobid`;
SHOW RESTORE WHERE CAST(Progress AS STRING) = '1' AND @v = 1 AND Timeout > 600 AND EXISTS (SELECT 1 FROM t WHERE x = 1);
SHOW REPOSITORIES WHERE ErrMsg IS NULL AND Broker NOT LIKE 'b%' AND RepoId BETWEEN 1 AND 9 ORDER BY RepoName NULLS LAST;
-- a sort key that is no column is not looked up
SHOW BACKUP ORDER BY 1, lower(State);
-- SHOW SNAPSHOT's filter is one of its own (SRB404)
SHOW SNAPSHOT ON repo WHERE SNAPSHOT = 's1';
-- text in typographic quotes is a name to StarRocks, so a column it lacks: straight quotes make it a string
SHOW BACKUP WHERE State = ‘FINISHED’;
