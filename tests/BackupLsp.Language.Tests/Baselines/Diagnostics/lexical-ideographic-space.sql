BACKUP　SNAPSHOT　db.s1　TO　repo　ON　(t1,　t2)　PROPERTIES　("type"　=　"full");
　SHOW　BACKUP　FROM　db;
