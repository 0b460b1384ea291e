-- gradedAtLeast(mathematics, 90) on Spring Data JDBC: 1 statement
-- captured from a run on H2 by SpringDataJdbcSqlCaptureH2Test; ./docs-update refreshes it

SELECT s.id AS student_id, s.name AS student_name,
       c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity,
       e.enrolled_at, e.grade
FROM course c
LEFT JOIN enrollment e ON e.course_id = c.id AND e.grade >= ?
LEFT JOIN student s ON s.id = e.student_id
WHERE c.id = ?
ORDER BY e.grade DESC, s.name, s.id;
