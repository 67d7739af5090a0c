-- options: catalog=documented-examples.json version=2.5
-- The CREATE REPOSITORY reference page of 2.x, which names a broker, and the backup guide of 2.5 to 3.3.
CREATE REPOSITORY aliyun_repo
WITH BROKER aliyun_broker
ON LOCATION "oss://shop_backups"
PROPERTIES
(
    "fs.oss.accessKeyId" = "xxx",
    "fs.oss.accessKeySecret" = "yyy",
    "fs.oss.endpoint" = "oss-cn-beijing.aliyuncs.com"
);

CREATE READ ONLY REPOSITORY aliyun_repo_ro
WITH BROKER aliyun_broker
ON LOCATION "oss://shop_backups"
PROPERTIES
(
    "fs.oss.accessKeyId" = "xxx",
    "fs.oss.accessKeySecret" = "yyy",
    "fs.oss.endpoint" = "oss-cn-beijing.aliyuncs.com"
);

CREATE REPOSITORY hadoop_repo
WITH BROKER hadoop_broker
ON LOCATION "hdfs://hadoop-name-node:xxxxx/path/to/repo/"
PROPERTIES
(
    "username" = "xxxx",
    "password" = "yyyy"
);

CREATE REPOSITORY s3_keys_repo
WITH BROKER
ON LOCATION "s3a://shop_bucket/backup"
PROPERTIES(
    "aws.s3.access_key" = "XXXXXXXXXXXXXXXXX",
    "aws.s3.secret_key" = "yyyyyyyyyyyyyyyyyyyyyyyy",
    "aws.s3.endpoint" = "s3.us-east-1.amazonaws.com"
);

CREATE REPOSITORY cos_repo
WITH BROKER
ON LOCATION "cosn://shop_cos_bucket/backup"
PROPERTIES(
    "fs.cosn.userinfo.secretId" = "xxxxxxxxxxxxxxxxx",
    "fs.cosn.userinfo.secretKey" = "yyyyyyyyyyyyyyyy",
    "fs.cosn.bucket.endpoint_suffix" = "cos.ap-beijing.myqcloud.com"
);
