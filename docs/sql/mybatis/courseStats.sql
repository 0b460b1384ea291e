-- courseStats() on MyBatis: 1 statement
-- captured from a run on H2 by MyBatisSqlCaptureH2Test; ./docs-update refreshes it

SELECT  c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity , COUNT(e.student_id) AS enrolled
FROM course c
LEFT JOIN enrollment e ON e.course_id = c.id
GROUP BY c.id, c.name, c.capacity
ORDER BY c.name, c.id;
