-- before a USE's dot the word is the catalog: catalogs, no databases
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("type" = "hive");
USE |.sales
