-- options: catalog=demo.json severity:SRB700=off
-- StarRocks keeps the backslash of \_ and \% in a string (AstBuilder.escapeBackSlash, a prefix for LIKE wildcards):
-- "p\_2" is another partition than p_2, and "backup\_timestamp" another key than backup_timestamp. Other escapes drop it.
BACKUP SNAPSHOT example_db.s1 TO example_repo PROPERTIES ("type" = "full", "time\out" = "3600");
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (example_tbl PARTITION ("p\1", "p\_2", 'p\%3'));
RESTORE SNAPSHOT example_db.nightly FROM example_repo PROPERTIES ("backup\_timestamp" = "2024-01-01-00-00-00");
