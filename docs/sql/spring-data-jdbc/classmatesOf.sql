-- classmatesOf(alice) on Spring Data JDBC: 1 statement
-- captured from a run on H2 by SpringDataJdbcSqlCaptureH2Test; ./docs-update refreshes it

SELECT DISTINCT s.id AS student_id, s.name AS student_name
FROM student me
LEFT JOIN enrollment mine ON mine.student_id = me.id
LEFT JOIN enrollment theirs ON theirs.course_id = mine.course_id AND theirs.student_id <> me.id
LEFT JOIN student s ON s.id = theirs.student_id
WHERE me.id = ?
ORDER BY s.name, s.id;
