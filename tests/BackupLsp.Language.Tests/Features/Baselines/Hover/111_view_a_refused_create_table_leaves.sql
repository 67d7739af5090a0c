CREATE TABLE v_orders (k INT);
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (v_ord|ers);
