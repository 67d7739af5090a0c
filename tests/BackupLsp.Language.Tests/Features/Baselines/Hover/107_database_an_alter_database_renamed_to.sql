ALTER DATABASE sales_db RENAME sales_v2;
BACKUP SNAPSHOT sales_v|2.s1 TO example_repo
