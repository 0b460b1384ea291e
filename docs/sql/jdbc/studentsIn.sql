-- studentsIn("Mathematics") on Spring JDBC: 1 statement
-- captured from a run on H2 by JdbcSqlCaptureH2Test; ./docs-update refreshes it

SELECT c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity,
       s.id AS student_id, s.name AS student_name
FROM course c
LEFT JOIN enrollment e ON e.course_id = c.id
LEFT JOIN student s ON s.id = e.student_id
WHERE c.name = ? ORDER BY s.name, s.id;
