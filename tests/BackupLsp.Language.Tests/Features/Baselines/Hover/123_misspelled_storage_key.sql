-- a storage key StarRocks does not know: a likely typo of one it does
CREATE REPOSITORY r WITH BROKER ON LOCATION "s3a://b/p" PROPERTIES ("aws.s3.acess_k|ey" = "x", "dfs.ha.namenodes.ns1" = "nn1");
