-- Doris names the storage after WITH; StarRocks has WITH BROKER only and reads the storage from the location's scheme.
CREATE REPOSITORY s3_backup WITH S3 ON LOCATION "s3://bucket/backup" PROPERTIES ("s3.endpoint" = "http://s3.example.com");
create repository hdfs_backup with hdfs on location "hdfs://nn:8020/backup";
-- A broker's name after BROKER is StarRocks' own form.
CREATE REPOSITORY broker_backup WITH BROKER hdfs_broker ON LOCATION "hdfs://nn:8020/backup";
