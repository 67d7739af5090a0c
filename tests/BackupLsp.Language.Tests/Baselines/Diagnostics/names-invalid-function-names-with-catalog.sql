-- options: catalog=demo.json severity:SRB700=off
-- with a catalog, a function name StarRocks refuses is told so, not looked up
BACKUP SNAPSHOT example_db.s_f1 TO example_repo ON (FUNCTION `my-fn`);
BACKUP SNAPSHOT example_db.s_f2 TO example_repo ON (FUNCTION my_udf, FUNCTION no_such_fn);
