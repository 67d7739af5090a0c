-- options: catalog=documented-examples.json
-- The CREATE REPOSITORY reference page and the backup guide of 3.x and 4.x, for each storage they name.
CREATE REPOSITORY hadoop_repo
WITH BROKER
ON LOCATION "hdfs://<hdfs_host>:<hdfs_port>/repo_dir/backup"
PROPERTIES(
    "username" = "<hdfs_username>",
    "password" = "<hdfs_password>"
);

CREATE REPOSITORY hadoop_repo2
WITH BROKER
ON LOCATION "hdfs://x.x.x.x:yyyy/repo_dir/backup"
PROPERTIES(
    "username" = "xxxxxxxx",
    "password" = "yyyyyyyy"
);

CREATE REPOSITORY s3_keys_repo
WITH BROKER
ON LOCATION "s3a://shop_bucket/backup"
PROPERTIES(
    "aws.s3.access_key" = "XXXXXXXXXXXXXXXXX",
    "aws.s3.secret_key" = "yyyyyyyyyyyyyyyyyyyyyyyy",
    "aws.s3.region" = "us-east-1"
);

CREATE REPOSITORY s3_profile_repo
WITH BROKER
ON LOCATION "s3a://shop_bucket/backup_profile"
PROPERTIES(
    "aws.s3.use_instance_profile" = "true",
    "aws.s3.region" = "us-east-1"
);

CREATE REPOSITORY s3_role_repo
WITH BROKER
ON LOCATION "s3a://shop_bucket/backup_role"
PROPERTIES(
    "aws.s3.use_instance_profile" = "true",
    "aws.s3.iam_role_arn" = "arn:aws:iam::xxxxxxxxxx:role/yyyyyyyy",
    "aws.s3.region" = "us-east-1"
);

CREATE READ ONLY REPOSITORY s3_ro_repo
WITH BROKER
ON LOCATION "s3a://shop_bucket/backup_ro"
PROPERTIES(
    "aws.s3.access_key" = "XXXXXXXXXXXXXXXXX",
    "aws.s3.secret_key" = "yyyyyyyyyyyyyyyyy",
    "aws.s3.endpoint" = "s3.us-east-1.amazonaws.com"
);

CREATE REPOSITORY gcs_repo
WITH BROKER
ON LOCATION "s3a://shop_gcs_bucket/backup"
PROPERTIES(
    "fs.s3a.access.key" = "xxxxxxxxxxxxxxxxxxxx",
    "fs.s3a.secret.key" = "yyyyyyyyyyyyyyyyyyyy",
    "fs.s3a.endpoint" = "storage.googleapis.com"
);

CREATE REPOSITORY minio_repo
WITH BROKER
ON LOCATION "s3://shop_minio_bucket/backup"
PROPERTIES(
    "aws.s3.access_key" = "XXXXXXXXXXXXXXXXX",
    "aws.s3.secret_key" = "yyyyyyyyyyyyyyyyy",
    "aws.s3.endpoint" = "http://minio:9000"
);

CREATE REPOSITORY aliyun_repo
WITH BROKER
ON LOCATION "oss://shop_oss_bucket/backup"
PROPERTIES(
    "fs.oss.accessKeyId" = "xxxxxxxxxxxxxxxxxxxxxxxxxx",
    "fs.oss.accessKeySecret" = "yyyyyyyyyyyyyyyyyyyy",
    "fs.oss.endpoint" = "oss-cn-zhangjiakou-internal.aliyuncs.com"
);

CREATE REPOSITORY cos_repo
WITH BROKER
ON LOCATION "cosn://shop_cos_bucket/backup"
PROPERTIES(
    "fs.cosn.userinfo.secretId" = "xxxxxxxxxxxxxxxxx",
    "fs.cosn.userinfo.secretKey" = "yyyyyyyyyyyyyyyy",
    "fs.cosn.bucket.endpoint_suffix" = "cos.ap-beijing.myqcloud.com"
);
