CREATE REPOSITORY r WITH BROKER ON LOCATION "hdfs://ns1/backup"
PROPERTIES ("dfs.nameservices" = "ns1", |
