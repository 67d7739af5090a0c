-- after RLIKE goes a pattern: the repositories, quoted, and no clause keyword
SHOW REPOSITORIES WHERE RepoName RLIKE |
