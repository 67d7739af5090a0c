-- options: catalog=demo.json version=2.5
-- USE CATALOG c is 2.5's catalog switch (3.0 replaced it with SET CATALOG): it works, and leaves the session without a database
USE example_db;
USE CATALOG hive_cat;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl);
USE sales;
BACKUP SNAPSHOT s2 TO example_repo ON (example_tbl);
-- back to the default catalog, still without a database until a USE
use catalog 'default_catalog';
BACKUP SNAPSHOT s3 TO example_repo;
USE example_db;
BACKUP SNAPSHOT s4 TO example_repo ON (example_tbl2);
-- the quoted switch 3.0 brought fails here; 2.5's own is its fix
USE 'CATALOG order';
BACKUP SNAPSHOT s5 TO example_repo ON (example_tbl2);
-- without its `;` before a statement on a line of its own, it is cut there (SRB012) and switches all the same
USE example_db;
USE CATALOG hive_cat
SELECT 1;
BACKUP SNAPSHOT s6 TO example_repo;
USE CATALOG default_catalog;
-- a database named catalog is still one USE takes
USE catalog;
