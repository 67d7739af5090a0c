-- options: version=2.5
-- StarRocks 2.5 ignores SHOW SNAPSHOT's IN: only = follows the column
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT |
