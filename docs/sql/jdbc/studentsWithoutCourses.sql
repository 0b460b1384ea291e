-- studentsWithoutCourses() on Spring JDBC: 1 statement
-- captured from a run on H2 by JdbcSqlCaptureH2Test; ./docs-update refreshes it

SELECT s.id, s.name
FROM student s
WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = s.id)
ORDER BY s.name, s.id;
