-- options: catalog=empty-databases.json severity:SRB700=off
-- A BACKUP that takes nothing is refused: the whole of a database that holds nothing
BACKUP SNAPSHOT empty_db.whole TO r;
BACKUP DATABASE empty_db SNAPSHOT whole2 TO r;
-- the session's database, which the catalog's default stands for
BACKUP SNAPSHOT whole3 TO r;
-- ALL of kinds the database has none of, with nothing named
BACKUP DATABASE views_only SNAPSHOT s1 TO r ON (ALL TABLES);
BACKUP DATABASE views_only SNAPSHOT s2 TO r ON (ALL TABLE, ALL MATERIALIZED VIEW, ALL FUNCTIONS);
BACKUP SNAPSHOT views_only.s3 TO r ON (ALL MATERIALIZED VIEWS);
-- each of these takes something: views, functions (backed up with a whole database from 3.4), a table
BACKUP DATABASE views_only SNAPSHOT s4 TO r ON (ALL TABLES, ALL VIEWS);
BACKUP DATABASE views_only SNAPSHOT s5 TO r;
BACKUP DATABASE functions_only SNAPSHOT s6 TO r;
BACKUP DATABASE functions_only SNAPSHOT s7 TO r ON (ALL FUNCTIONS);
BACKUP DATABASE tables_only SNAPSHOT s8 TO r ON (ALL TABLES);
-- an object named is taken, or refused for its own reason
BACKUP DATABASE empty_db SNAPSHOT s9 TO r ON (ALL TABLES, VIEW missing);
-- a kind the catalog does not list tells nothing of what it holds
BACKUP DATABASE views_unknown SNAPSHOT s10 TO r;
BACKUP DATABASE views_unknown SNAPSHOT s11 TO r ON (ALL VIEWS);
BACKUP DATABASE views_unknown SNAPSHOT s12 TO r ON (ALL TABLES);
-- what the script makes in the database before the BACKUP, and drops from it, counts
CREATE TABLE empty_db.t (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);
BACKUP DATABASE empty_db SNAPSHOT s13 TO r ON (ALL TABLES);
DROP TABLE empty_db.t;
BACKUP DATABASE empty_db SNAPSHOT s14 TO r ON (ALL TABLES);
CREATE FUNCTION empty_db.f2(INT) RETURNS INT PROPERTIES ("symbol" = "x", "type" = "StarrocksJar", "file" = "http://h/f.jar");
BACKUP DATABASE empty_db SNAPSHOT s15 TO r;
BACKUP DATABASE empty_db SNAPSHOT s16 TO r ON (ALL TABLES, ALL VIEWS);
