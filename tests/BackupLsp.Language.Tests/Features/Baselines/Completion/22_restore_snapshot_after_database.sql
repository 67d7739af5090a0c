RESTORE SNAPSHOT example_db.| FROM example_repo
