-- options: catalog=demo.json
-- StarRocks refuses to create a repository of a name it holds (repository with same name already exist); the names
-- are case-sensitive.
CREATE REPOSITORY example_repo WITH BROKER ON LOCATION "s3://b/p";
CREATE REPOSITORY Example_Repo WITH BROKER ON LOCATION "s3://b/p";
CREATE REPOSITORY Example_Repo WITH BROKER ON LOCATION "s3://b/q";
-- A DROP REPOSITORY frees the name.
CREATE READ ONLY REPOSITORY `new_repo` WITH BROKER ON LOCATION "s3://b/r";
DROP REPOSITORY new_repo;
CREATE REPOSITORY new_repo WITH BROKER ON LOCATION "s3://b/r";
DROP REPOSITORY hdfs_repo;
CREATE REPOSITORY hdfs_repo WITH BROKER ON LOCATION "hdfs://namenode:9000/backup";
CREATE REPOSITORY `hdfs_repo` WITH BROKER ON LOCATION "hdfs://namenode:9000/backup";
