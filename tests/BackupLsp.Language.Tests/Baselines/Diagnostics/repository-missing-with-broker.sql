CREATE REPOSITORY r1 ON LOCATION "s3a://bucket/path";
CREATE READ ONLY REPOSITORY r2
ON LOCATION "s3a://bucket/path" PROPERTIES ("aws.s3.region" = "us-east-1");
CREATE REPOSITORY r3 WITH broker_name ON LOCATION "s3a://bucket/path";
