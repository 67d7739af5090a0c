CREATE REPOSITORY r WITH BROKER ON LOCATION "s3a://bucket/x" PROPERTIES ("aws.s3.enable_ssl" = "|")
