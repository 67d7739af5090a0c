-- options: catalog=documented-examples.json version=4.2
-- The DROP SNAPSHOT reference page, from 4.2 on.
DROP SNAPSHOT nightly1 ON shop_repo;

DROP SNAPSHOT inherited_nightly ON shop_repo FORCE;
