-- SYNTAX TEST "source.sql" "StarRocks backup keywords injected into VS Code's SQL grammar"
BACKUP SNAPSHOT example_db.snap1 TO example_repo
-- <------ keyword.other.backup.starrocks-backup
--     ^^^^^^^^ keyword.other.backup.starrocks-backup
backup snapshot s2 to repo;
-- <------ keyword.other.backup.starrocks-backup
--     ^^^^^^^^ keyword.other.backup.starrocks-backup
ReStOrE SnapShot s3 FROM repo;
-- <------- keyword.other.backup.starrocks-backup
--      ^^^^^^^^ keyword.other.backup.starrocks-backup
--                  ^^^^ keyword.other.DML.sql
CREATE READ ONLY REPOSITORY r WITH BROKER ON LOCATION "s3a://bucket/ro";
--     ^^^^^^^^^ keyword.other.backup.starrocks-backup
--               ^^^^^^^^^^ keyword.other.backup.starrocks-backup
--                            ^^^^^^^^^^^ keyword.other.backup.starrocks-backup
--                                        ^^^^^^^^^^^ keyword.other.backup.starrocks-backup
--                                                    ^^^^^^^^^^^^^^^^^ string.quoted.double.sql
SHOW REPOSITORIES; cancel backup from db;
--   ^^^^^^^^^^^^ keyword.other.backup.starrocks-backup
--                 ^^^^^^ keyword.other.backup.starrocks-backup
ON (t1 TEMPORARY PARTITION (p1), t2 PARTITIONS p2, MATERIALIZED VIEW mv1, ALL EXTERNAL CATALOGS)
--     ^^^^^^^^^ keyword.other.backup.starrocks-backup
--               ^^^^^^^^^ keyword.other.backup.starrocks-backup
--                                  ^^^^^^^^^^ keyword.other.backup.starrocks-backup
--                                                 ^^^^^^^^^^^^^^^^^ keyword.other.backup.starrocks-backup
--                                                                            ^^^^^^^^^^^^^^^^^ keyword.other.backup.starrocks-backup
PROPERTIES ("type" = "full", 'timeout' = '86400', "TYPE" = "Incremental")
-- <---------- keyword.other.backup.starrocks-backup
--           ^^^^ support.type.property-name.starrocks-backup
--          ^ string.quoted.double.sql punctuation.definition.string.begin.sql
--                    ^^^^ constant.language.property-value.starrocks-backup
--                            ^^^^^^^ string.quoted.single.sql support.type.property-name.starrocks-backup
--                                       ^^^^^^^ string.quoted.single.sql - constant.language.property-value.starrocks-backup
--                                                ^^^^^^ string.quoted.double.sql - support.type.property-name.starrocks-backup
--                                                          ^^^^^^^^^^^ constant.language.property-value.starrocks-backup
RESTORE SNAPSHOT s FROM r PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08", "allow_load" = "TRUE")
--                                     ^^^^^^^^^^^^^^^^ support.type.property-name.starrocks-backup
--                                                                                 ^^^^^^^^^^ support.type.property-name.starrocks-backup
--                                                                                                ^^^^ constant.language.property-value.starrocks-backup
BACKUP SNAPSHOT `my``snap` TO `repo`
--              ^ variable.other.quoted.backtick.starrocks-backup punctuation.definition.variable.begin.starrocks-backup
--                 ^^ variable.other.quoted.backtick.starrocks-backup constant.character.escape.backtick.starrocks-backup
--                   ^^^^^ variable.other.quoted.backtick.starrocks-backup
--                       ^ punctuation.definition.variable.end.starrocks-backup
--                            ^^^^^^ variable.other.quoted.backtick.starrocks-backup
--no space needed after the dashes
-- <---------------------------------- comment.line.double-dash.sql
SHOW BACKUP # not a comment
--          ^ invalid.illegal.character.starrocks-backup
--            ^^^ meta.statement.starrocks-backup - comment.line.double-dash.sql
SELECT '#1', "a#b" /* # */ FROM t -- # too
--      ^ string.quoted.single.sql - invalid.illegal.character.starrocks-backup
--             ^ string.quoted.double.sql - invalid.illegal.character.starrocks-backup
--                    ^ comment.block.sql - invalid.illegal.character.starrocks-backup
--                                   ^ comment.line.double-dash.sql - invalid.illegal.character.starrocks-backup
SELECT count(*) FROM orders WHERE id = 42 ORDER BY id;
-- <------ keyword.other.DML.sql
--                          ^^^^^ keyword.other.DML.sql
--                                     ^^ constant.numeric.sql
--                                        ^^^^^^^^ keyword.other.DML.sql
/*+ SET_VAR(query_timeout = 1) */ SELECT 1;
-- <--- comment.block
--                                ^^^^^^ keyword.other.DML.sql
SELECT location, type FROM t WHERE name = 'snapshot';
--     ^^^^^^^^ - keyword.other.backup.starrocks-backup
--                                         ^^^^^^^^ string.quoted.single.sql - keyword.other.backup.starrocks-backup
BACKUP SNAPSHOT s TO r PROPERTIES ("a\"b" = 'c\'d; e', 'it''s' = "1");
--                                 ^^^^^^ string.quoted.double.sql
--                                   ^^ string.quoted.double.sql constant.character.escape.sql
--                                          ^^^^^^^^^ string.quoted.single.sql
--                                            ^^ string.quoted.single.sql constant.character.escape.sql
--                                                     ^^^^^^^ string.quoted.single.sql
--                                                        ^^ string.quoted.single.sql constant.character.escape.sql
--                                                                   ^ punctuation.terminator.statement.sql - string.quoted.single.sql string.quoted.double.sql
CREATE REPOSITORY r WITH BROKER ON LOCATION "s3a://b/it\"s" # PROPERTIES ('k' = 'v');
--                                          ^^^^^^^^^^^^^^^ string.quoted.double.sql
--                                                          ^ invalid.illegal.character.starrocks-backup
-- Other SQL keeps the base grammar's rules, whatever its dialect: a backslash is a plain character, # is no error.
SELECT 'C:\temp\' AS dir, name FROM t;
--     ^^^^^^^^^^ string.quoted.single.sql
--                        ^^^^ - string.quoted.single.sql
SELECT 1;
-- <------ keyword.other.DML.sql - string.quoted.single.sql
CREATE TABLE #tmp (id INT); SELECT data #>> '{a}' FROM t;
--           ^ - invalid.illegal.character.starrocks-backup
--                                      ^ - invalid.illegal.character.starrocks-backup
BACKUP DATABASE AdventureWorks TO DISK = 'C:\backups\';
--                                       ^^^^^^^^^^^^^ string.quoted.single.sql
--                                                    ^ - string.quoted.single.sql
-- An ignore comment: its marker is a directive, the rules it names constants; only where the marker opens the comment.
BACKUP SNAPSHOT s TO r ON (t) -- backup-lsp-ignore SRB700, empty-backup
--                            ^^ comment.line.double-dash.sql punctuation.definition.comment.sql
--                               ^^^^^^^^^^^^^^^^^ comment.line.double-dash.sql keyword.other.directive.ignore.starrocks-backup
--                                                 ^^^^^^ comment.line.double-dash.sql constant.other.rule.starrocks-backup
--                                                       ^ comment.line.double-dash.sql - constant.other.rule.starrocks-backup
--                                                         ^^^^^^^^^^^^ comment.line.double-dash.sql constant.other.rule.starrocks-backup
/* Backup-Lsp-Ignore SRB300 */; SELECT 1; -- note: backup-lsp-ignore SRB700
-- <-- comment.block.sql
-- ^^^^^^^^^^^^^^^^^ comment.block.sql keyword.other.directive.ignore.starrocks-backup
--                   ^^^^^^ comment.block.sql constant.other.rule.starrocks-backup
--                          ^^ comment.block.sql - constant.other.rule.starrocks-backup
--                              ^^^^^^ - comment.block.sql
--                                                 ^^^^^^^^^^^^^^^^^ - keyword.other.directive.ignore.starrocks-backup
--backup-lsp-ignorex SRB700
-- <-------------------------- - keyword.other.directive.ignore.starrocks-backup
-- backup-lsp-ignore concurrent-jobs
-- ^^^^^^^^^^^^^^^^^ comment.line.double-dash.sql keyword.other.directive.ignore.starrocks-backup
--                   ^^^^^^^^^^^^^^^ constant.other.rule.starrocks-backup
DROP SNAPSHOT nightly ON example_repo FORCE;
--   ^^^^^^^^ keyword.other.backup.starrocks-backup
--                                    ^^^^^ keyword.other.backup.starrocks-backup
BACKUP SNAPSHOT s /* /* */ TO r /*+ hint; */;
--                ^^^^^^^^ comment.block.sql
--                         ^^ meta.statement.starrocks-backup keyword.other.sql - comment.block.sql
--                              ^^^^^^^^^^^^ comment.block.sql
--                                          ^ punctuation.terminator.statement.sql - comment.block.sql comment.block
SELECT 1;
-- <------ keyword.other.DML.sql - meta.statement.starrocks-backup comment.block
-- U+3000 is whitespace after an ASCII blank or a line break, or before an ASCII blank where a token starts; glued to a name, or starting a token, StarRocks reads it as a letter.
BACKUP　SNAPSHOT s TO r ON (　t, 　　u, v　 ,　 w);
--    ^ invalid.illegal.character.starrocks-backup
--                         ^ invalid.illegal.character.starrocks-backup
--                             ^^ - invalid.illegal.character.starrocks-backup
--                                   ^ invalid.illegal.character.starrocks-backup
--                                      ^ - invalid.illegal.character.starrocks-backup
　SHOW BACKUP FROM db; 　SHOW RESTORE　
-- <- - invalid.illegal.character.starrocks-backup
--                    ^ - invalid.illegal.character.starrocks-backup
--                                 ^ invalid.illegal.character.starrocks-backup
-- A no-break space (U+00A0) and the other Unicode space separators are letters to StarRocks wherever they stand; in a string they are text.
BACKUP SNAPSHOT s TO r ON (t , u) PROPERTIES ("type" = "a b");
--                  ^ invalid.illegal.character.starrocks-backup
--                          ^ invalid.illegal.character.starrocks-backup
--                                                       ^ - invalid.illegal.character.starrocks-backup
-- The words around a space StarRocks reads as a letter are checked as if it were one (the statement, its keywords), and the space is reported.
CREATE READ ONLY REPOSITORY r WITH BROKER ON　LOCATION "x"; BACKUP SNAPSHOT s TO r ON (ALL 　TABLES);
--     ^^^^ meta.statement.starrocks-backup keyword.other.backup.starrocks-backup - invalid.illegal.character.starrocks-backup
--         ^ keyword.other.backup.starrocks-backup invalid.illegal.character.starrocks-backup
--                                ^ keyword.other.backup.starrocks-backup invalid.illegal.character.starrocks-backup
--                                          ^ keyword.other.backup.starrocks-backup invalid.illegal.character.starrocks-backup
--                                                         ^^^^^^ meta.statement.starrocks-backup keyword.other.backup.starrocks-backup
--                                                               ^ meta.statement.starrocks-backup invalid.illegal.character.starrocks-backup
--                                                                                        ^ keyword.other.backup.starrocks-backup - invalid.illegal.character.starrocks-backup
BACKUP ALL EXTERNAL CATALOGS SNAPSHOT s TO r; BACKUP DATABASE d SNAPSHOT s2 TO r ON (ALL MATERIALIZED VIEWS);
--     ^^^^^^^^^^^^^^^^^^^^^ keyword.other.backup.starrocks-backup
--                                                                                   ^^^^^^^^^^^^^^^^^^^^^^ keyword.other.backup.starrocks-backup
