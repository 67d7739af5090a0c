-- VIEW after MATERIALIZED is the materialized view keyword
BACKUP SNAPSHOT example_db.s TO example_repo ON (MATERIALIZED VI|EW mv_daily);
