-- options: version=2.5
CREATE EXTERNAL CATALOG hive_catalog PROPERTIES ("type" = "hive", "hive.metastore.uris" = "thrift://metastore:9083");
USE 'catalog   hive_cat|alog';
SET CATALOG 'hive_catalog';
USE CATALOG `hive_catalog`;
USE CATALOG "hive_catalog";
