USE default_cat|alog.example_db;
