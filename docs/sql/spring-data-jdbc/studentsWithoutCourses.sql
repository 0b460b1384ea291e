-- studentsWithoutCourses() on Spring Data JDBC: 1 statement
-- captured from a run on H2 by SpringDataJdbcSqlCaptureH2Test; ./docs-update refreshes it

SELECT s.id AS student_id, s.name AS student_name
FROM student s
WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = s.id)
ORDER BY s.name, s.id;
