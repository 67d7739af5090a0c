-- StarRocks refuses a function's name before looking it up (FunctionNameAnalyzer): more than db.function, a character
-- other than a letter, digit or `_`, a leading digit; with or without a catalog
BACKUP SNAPSHOT example_db.s_f1 TO example_repo ON (FUNCTION a.b.c);
BACKUP SNAPSHOT example_db.s_f2 TO example_repo ON (FUNCTION `my-fn`);
BACKUP DATABASE example_db SNAPSHOT s_f3 TO example_repo ON (FUNCTION `1fn`);
-- taken: letters of any script, digits after the first, `_`, a database before
BACKUP SNAPSHOT example_db.s_f4 TO example_repo ON (FUNCTION my_fn2, FUNCTION example_db.fn_ok, FUNCTION `función`);
