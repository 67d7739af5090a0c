-- A scheme StarRocks' own storage clients do not take (one a broker reads, say): no storage is named.
CREATE REPOSITORY r WITH BROKER bos_broker ON LOCATION "bos://buc|ket/backup";
