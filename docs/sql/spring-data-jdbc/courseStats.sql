-- courseStats() on Spring Data JDBC: 1 statement
-- captured from a run on H2 by SpringDataJdbcSqlCaptureH2Test; ./docs-update refreshes it

SELECT c.id, c.name, c.capacity, COUNT(e.student_id) AS enrolled
FROM course c
LEFT JOIN enrollment e ON e.course_id = c.id
GROUP BY c.id, c.name, c.capacity
ORDER BY c.name, c.id;
