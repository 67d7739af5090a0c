-- options: catalog=refused-database-names.json
RESTORE SNAPSHOT s FROM example_repo DATABASE |
