SHOW RESTORE FROM exa|mple_db
