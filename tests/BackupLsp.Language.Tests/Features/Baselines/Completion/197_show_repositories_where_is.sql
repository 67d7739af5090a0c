-- IS goes on with NOT or NULL, no clause keyword
SHOW REPOSITORIES WHERE ErrMsg IS |
