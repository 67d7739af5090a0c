CREATE REPOSITORY example_repo
WITH BROKER
ON LOCATION "s3a://bucket/backup"
PROPERTIES ("aws.s3.access_key" = "AK", "aws.s3.secret_key" = "SK", "aws.s3.region" = "us-west-2");

CREATE READ ONLY REPOSITORY ro_repo WITH BROKER hdfs_broker ON LOCATION "hdfs://namenode:9000/backup"
PROPERTIES ("username" = "u", "password" = "p");

CREATE REPOSITORY _1repo WITH BROKER "broker name" ON LOCATION 'oss://bucket/path';
create read only repository minio WITH BROKER ON LOCATION "s3://bucket/minio"
PROPERTIES ("aws.s3.endpoint" = "http://minio:9000", "aws.s3.enable_path_style_access" = "true", "custom.key" = "kept");
-- PROPERTIES takes one property at least (propertyList: '(' property (',' property)* ')'): leave the clause out instead
CREATE REPOSITORY empty_props WITH BROKER ON LOCATION "s3a://bucket/empty" PROPERTIES ();
