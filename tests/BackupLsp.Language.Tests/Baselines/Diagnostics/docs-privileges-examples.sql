-- options: catalog=documented-examples.json version=3.0
-- The privileges the BACKUP and RESTORE reference pages grant from 3.0 on: other SQL, which is not checked.
GRANT REPOSITORY ON SYSTEM TO ROLE shop_backup_tbl;
GRANT EXPORT ON TABLE orders TO ROLE shop_backup_tbl;

GRANT REPOSITORY ON SYSTEM TO ROLE shop_backup_db;
GRANT EXPORT ON ALL TABLES IN DATABASE shop_db TO ROLE shop_backup_db;

GRANT REPOSITORY ON SYSTEM TO ROLE shop_backup_all;
GRANT EXPORT ON ALL TABLES IN ALL DATABASES TO ROLE shop_backup_all;

GRANT REPOSITORY ON SYSTEM TO ROLE shop_restore_tbl;
GRANT INSERT ON TABLE orders TO ROLE shop_restore_tbl;

GRANT REPOSITORY ON SYSTEM TO ROLE shop_restore_all;
GRANT CREATE DATABASE ON CATALOG default_catalog TO ROLE shop_restore_all;
