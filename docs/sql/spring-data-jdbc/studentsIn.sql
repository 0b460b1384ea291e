-- studentsIn("Mathematics") on Spring Data JDBC: 1 statement
-- captured from a run on H2 by SpringDataJdbcSqlCaptureH2Test; ./docs-update refreshes it

SELECT s.id AS student_id, s.name AS student_name
FROM course c
LEFT JOIN enrollment e ON e.course_id = c.id
LEFT JOIN student s ON s.id = e.student_id
WHERE c.name = ?
ORDER BY s.name, s.id;
