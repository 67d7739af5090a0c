-- DROP REPOSITORY and DROP SNAPSHOT check the repository's name (RepositoryAnalyzer.checkRepoName) before they look it up.
DROP REPOSITORY `bad-name`;
DROP SNAPSHOT s1 ON `bad-name`;
DROP REPOSITORY `1repo`;
DROP SNAPSHOT s1 ON `my repo` FORCE;
DROP REPOSITORY __repo;
DROP REPOSITORY good_repo;
DROP SNAPSHOT s1 ON _1;
-- BACKUP, RESTORE and SHOW SNAPSHOT only look the repository up.
BACKUP SNAPSHOT db.s TO `bad-name`;
SHOW SNAPSHOT ON `bad-name`;
