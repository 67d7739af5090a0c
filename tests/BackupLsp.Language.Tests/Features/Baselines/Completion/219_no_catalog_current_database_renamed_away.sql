-- options: catalog=none
-- without a catalog, a database renamed away is no longer the current one
USE sales;
ALTER DATABASE sales RENAME sales_archive;
USE |
