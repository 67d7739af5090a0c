-- options: catalog=partly-listed.json severity:SRB700=off
-- StarRocks looks a name in ON (...) up among tables, views and materialized views alike, whatever keyword is before it:
-- where the catalog leaves the views or the materialized views out (a catalog made without --materialized-views), a name
-- missing from the tables may be one of them, and is not reported
BACKUP SNAPSHOT tables_only.s1 TO example_repo ON (v1);
BACKUP SNAPSHOT tables_only.s2 TO example_repo ON (TABLE v1);
BACKUP SNAPSHOT tables_only.s3 TO example_repo ON (VIEW v1, MATERIALIZED VIEW mv1);
BACKUP SNAPSHOT no_materialized_views.s4 TO example_repo ON (mv1, VIEW mv2);
-- every list given: a name none has is unknown
BACKUP SNAPSHOT all_listed.s5 TO example_repo ON (v2, VIEW v1, MATERIALIZED VIEW mv1, TABLE mv2);
