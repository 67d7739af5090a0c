-- options: version=4.1
-- a SHOW's DbName filter offers the database FROM names first: the SHOW lists its jobs alone
SHOW RESTORE FROM sales_db WHERE DbName = '|'
