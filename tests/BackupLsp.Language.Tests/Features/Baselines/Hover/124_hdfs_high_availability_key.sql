CREATE REPOSITORY r WITH BROKER ON LOCATION "hdfs://ns1/p" PROPERTIES ("dfs.ha.namenodes.n|s1" = "nn1");
