-- Each store's file system reads its own SSL and client-cache switches (StarRocks' HdfsFsManager): none is a typo of the s3a:// ones.
CREATE REPOSITORY ks3_repo WITH BROKER ON LOCATION "ks3://bucket/backup"
PROPERTIES ("fs.ks3.AccessKey" = "ak", "fs.ks3.AccessSecret" = "sk", "fs.ks3.endpoint" = "ks3-cn-beijing.ksyuncs.com",
            "fs.ks3.connection.ssl.enabled" = "true", "fs.ks3.impl.disable.cache" = "false");
CREATE REPOSITORY obs_repo WITH BROKER ON LOCATION "obs://bucket/backup"
PROPERTIES ("fs.obs.access.key" = "ak", "fs.obs.secret.key" = "sk", "fs.obs.endpoint" = "obs.cn-north-4.myhuaweicloud.com",
            "fs.obs.connection.ssl.enabled" = "true", "fs.obs.impl.disable.cache" = "false");
CREATE REPOSITORY cos_repo WITH BROKER ON LOCATION "cosn://bucket/backup"
PROPERTIES ("fs.cosn.userinfo.secretId" = "ak", "fs.cosn.userinfo.secretKey" = "sk", "fs.cosn.bucket.endpoint_suffix" = "cos.ap-guangzhou.myqcloud.com",
            "fs.cos.connection.ssl.enabled" = "true", "fs.cosn.impl.disable.cache" = "false");
CREATE REPOSITORY tos_repo WITH BROKER ON LOCATION "tos://bucket/backup"
PROPERTIES ("fs.tos.access.key" = "ak", "fs.tos.secret.key" = "sk", "fs.tos.endpoint" = "tos-cn-beijing.volces.com",
            "fs.tos.connection.ssl.enabled" = "true", "fs.tos.impl.disable.cache" = "false");
CREATE REPOSITORY oss_repo WITH BROKER ON LOCATION "oss://bucket/backup"
PROPERTIES ("fs.oss.accessKeyId" = "ak", "fs.oss.accessKeySecret" = "sk", "fs.oss.endpoint" = "oss-cn-hangzhou.aliyuncs.com",
            "fs.oss.connection.secure.enabled" = "true", "fs.oss.impl.disable.cache" = "false");
CREATE REPOSITORY s3a_repo WITH BROKER ON LOCATION "s3a://bucket/backup"
PROPERTIES ("fs.s3a.access.key" = "ak", "fs.s3a.secret.key" = "sk", "fs.s3a.endpoint" = "s3.us-west-2.amazonaws.com",
            "fs.s3a.connection.ssl.enabled" = "true", "fs.s3a.impl.disable.cache" = "false");
CREATE REPOSITORY hdfs_repo WITH BROKER ON LOCATION "hdfs://nn:8020/backup"
PROPERTIES ("username" = "u", "fs.hdfs.impl.disable.cache" = "false");
-- the cloud configuration's keys: STS and web identity for S3, OAuth 2.0 for Azure Blob Storage, SAS and a token file for ADLS Gen2
CREATE REPOSITORY sts_repo WITH BROKER ON LOCATION "s3://bucket/backup"
PROPERTIES ("aws.s3.use_web_identity_token_file" = "true", "aws.s3.iam_role_arn" = "arn:aws:iam::1:role/r",
            "aws.s3.sts.region" = "us-west-2", "aws.s3.sts.endpoint" = "sts.us-west-2.amazonaws.com", "aws.s3.region" = "us-west-2");
CREATE REPOSITORY blob_repo WITH BROKER ON LOCATION "wasbs://c@acct.blob.core.windows.net/backup"
PROPERTIES ("azure.blob.oauth2_client_id" = "c", "azure.blob.oauth2_client_secret" = "s", "azure.blob.oauth2_tenant_id" = "t");
CREATE REPOSITORY adls_repo WITH BROKER ON LOCATION "abfss://c@acct.dfs.core.windows.net/backup"
PROPERTIES ("azure.adls2.endpoint" = "https://acct.dfs.core.windows.net", "azure.adls2.sas_token" = "sig");
-- a switch's near miss is still told, with the key of its own store
CREATE REPOSITORY obs_typo WITH BROKER ON LOCATION "obs://bucket/backup" PROPERTIES ("fs.obs.conection.ssl.enabled" = "true");
