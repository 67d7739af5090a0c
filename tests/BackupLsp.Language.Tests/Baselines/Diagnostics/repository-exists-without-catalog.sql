-- Without a catalog the cluster's repositories are unknown, but a second CREATE of one the script creates fails.
CREATE REPOSITORY example_repo WITH BROKER ON LOCATION "s3://b/p";
CREATE REPOSITORY example_repo WITH BROKER ON LOCATION "s3://b/q";
DROP REPOSITORY example_repo;
CREATE REPOSITORY example_repo WITH BROKER ON LOCATION "s3://b/q";
-- a CREATE REPOSITORY StarRocks refuses creates nothing: the one after it is the first
CREATE REPOSITORY r2 WITH BROKER ON LOCATION;
CREATE REPOSITORY r2 WITH BROKER ON LOCATION "s3a://bucket/r2";
CREATE REPOSITORY r3 ON LOCATION "s3a://bucket/r3";
CREATE REPOSITORY r3 WITH BROKER ON LOCATION "s3a://bucket/r3";
CREATE REPOSITORY r4 WITH BROKER ON LOCATION "";
CREATE REPOSITORY r4 WITH BROKER broker1 ON LOCATION "s3a://bucket/r4";
CREATE REPOSITORY r4 WITH BROKER ON LOCATION "s3a://bucket/r4";
CREATE REPOSITORY `2r` WITH BROKER ON LOCATION "s3a://bucket/2r";
CREATE REPOSITORY `2r` WITH BROKER ON LOCATION "s3a://bucket/2r";
