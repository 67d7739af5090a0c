CREATE REPOSITORY r1 WITH BROKER ON LOCATION 's3a://bucket/backup' PROPERTIES ("aws.s3.enable_path_style_access" = |
