-- options: catalog=session.json
-- The newest grammar takes BOTH as a name, but reserves SINGLE: USE single fails and switches nothing
CREATE DATABASE both;
USE both;
BACKUP SNAPSHOT s1 TO example_repo ON (no_such_table);
CREATE DATABASE `single`;
USE single;
BACKUP SNAPSHOT s2 TO example_repo ON (no_such_table);
-- a word every release reserves fails the USE too, as the database or its catalog
USE order;
USE `cat`.order;
USE order.`db`;
