-- a page of three students by nested select on MyBatis: 4 statements
-- captured from a run on H2 by MyBatisSqlCaptureH2Test; ./docs-update refreshes it

SELECT id, name FROM student
WHERE id > ?
ORDER BY id
FETCH FIRST ? ROWS ONLY;

SELECT  c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity
FROM enrollment e
JOIN course c ON c.id = e.course_id
WHERE e.student_id = ?
ORDER BY c.name, c.id;

SELECT  c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity
FROM enrollment e
JOIN course c ON c.id = e.course_id
WHERE e.student_id = ?
ORDER BY c.name, c.id;

SELECT  c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity
FROM enrollment e
JOIN course c ON c.id = e.course_id
WHERE e.student_id = ?
ORDER BY c.name, c.id;
