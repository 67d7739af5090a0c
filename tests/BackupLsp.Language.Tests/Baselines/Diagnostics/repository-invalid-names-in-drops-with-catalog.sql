-- options: catalog=demo.json
-- SRB400 alone: StarRocks refuses the name before it looks the repository up. The fix offers a name the catalog lists.
DROP REPOSITORY `example-repo`;
DROP SNAPSHOT nightly ON `example-repo`;
DROP REPOSITORY `other-repo`;
-- A valid name is looked up.
DROP REPOSITORY other_repo;
SHOW SNAPSHOT ON `other-repo`;
