CREATE REPOSITORY r1 WITH BROKER ON LOCATION "s3a://bucket/path"
PROPERTIES ("aws.s3.acess_key" = "AK", "aws.s3.secret_key" = "SK", "aws.s3.regoin" = "us-west-2", "my.own.key" = "v");
CREATE REPOSITORY r2 WITH BROKER ON LOCATION "hdfs://nn:9000/p" PROPERTIES ("usrname" = "u", "Password" = "p");
-- Every store's keys are known: Huawei OBS, Tencent COS, Kingsoft KS3, Azure, GCS, and HA HDFS with its named services.
CREATE REPOSITORY r3 WITH BROKER ON LOCATION "obs://bucket/p" PROPERTIES ("fs.obs.access.key" = "a", "fs.obs.secret.key" = "s", "fs.obs.endpoint" = "e");
CREATE REPOSITORY r4 WITH BROKER ON LOCATION "cosn://bucket/p" PROPERTIES ("fs.cosn.userinfo.secretId" = "a", "fs.cosn.userinfo.secretKey" = "s", "fs.cosn.bucket.endpoint_suffix" = "e");
CREATE REPOSITORY r5 WITH BROKER ON LOCATION "ks3://bucket/p" PROPERTIES ("fs.ks3.AccessKey" = "a", "fs.ks3.AccessSecret" = "s", "fs.ks3.endpoint" = "e");
CREATE REPOSITORY r6 WITH BROKER ON LOCATION "wasbs://c@acct.blob.core.windows.net/p" PROPERTIES ("azure.blob.storage_account" = "acct", "azure.blob.shared_key" = "k");
CREATE REPOSITORY r7 WITH BROKER ON LOCATION "gs://bucket/p" PROPERTIES ("gcp.gcs.service_account_email" = "e", "gcp.gcs.service_account_private_key_id" = "i", "gcp.gcs.service_account_private_key" = "k");
CREATE REPOSITORY r8 WITH BROKER ON LOCATION "hdfs://ns1/p" PROPERTIES ("dfs.nameservices" = "ns1", "dfs.ha.namenodes.ns1" = "nn1,nn2",
  "dfs.namenode.rpc-address.ns1.nn1" = "h1:8020", "dfs.client.failover.proxy.provider.ns1" = "org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider");
-- and their near misses are still told
CREATE REPOSITORY r9 WITH BROKER ON LOCATION "obs://bucket/p" PROPERTIES ("fs.obs.acess.key" = "a", "gcp.gcs.service_acount_email" = "e");
