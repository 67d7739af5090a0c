-- options: catalog=demo.json
-- the first alias's pattern gives v_orders, a view of example_db: no fix renames onto an object the database has
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (x AS v_x, orders AS v_x) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
