-- options: version=4.1
-- A full-width ＝, ， or parenthesis in a SHOW's condition is a letter to StarRocks, so SHOW SNAPSHOT refuses the filter and the other
-- SHOWs fail to parse theirs: where the ASCII mark makes the condition one StarRocks takes, it is said so, and that mark is the fix
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT ＝ 'snapshot_label1';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN ('snapshot_label1'，'snapshot_label2');
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT＝'snapshot_label1' AND TIMESTAMP ＝ '2018-05-04-16-45-08';
SHOW BACKUP FROM example_db WHERE State ＝ 'FINISHED';
SHOW BACKUP WHERE State IN ('FINISHED'，'CANCELLED') ORDER BY CreateTime DESC;
SHOW RESTORE WHERE Label＝'snapshot_label1';
SHOW REPOSITORIES WHERE RepoName ＝ 'example_repo';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN （'snapshot_label1', 'snapshot_label2'）;
SHOW BACKUP WHERE State IN （'FINISHED'，'CANCELLED'）;
-- where the ASCII mark does not mend it, the condition's own error stays
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT ＝ 'snapshot_label1' OR SNAPSHOT = 'snapshot_label2';
SHOW BACKUP WHERE State ＝ ＝ 'FINISHED';
-- a full-width space StarRocks reads as a letter beside the marks is made ASCII by their fix too, which leaves a filter that parses
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT ＝　'snapshot_label1';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = “snapshot_label1”　;
-- a filter StarRocks takes only with both its full-width marks and its typographic quotes made ASCII tells both, and one fix mends them
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT ＝ “snapshot_label1”;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN (“snapshot_label1”，'snapshot_label2');
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT ＝　‘snapshot_label1’;
