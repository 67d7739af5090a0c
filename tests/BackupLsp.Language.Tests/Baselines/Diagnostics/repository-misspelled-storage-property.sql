CREATE REPOSITORY r1 WITH BROKER ON LOCATION "s3a://bucket/path"
PROPERTIES ("aws.s3.acess_key" = "AK", "aws.s3.secret_key" = "SK", "aws.s3.regoin" = "us-west-2", "my.own.key" = "v");
CREATE REPOSITORY r2 WITH BROKER ON LOCATION "hdfs://nn:9000/p" PROPERTIES ("usrname" = "u", "Password" = "p");
