CREATE REPOSITORY r WITH BROKER hdfs_bro|ker ON LOCATION "hdfs://namenode:9000/backup";
