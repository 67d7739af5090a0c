USE no_such|_db;
