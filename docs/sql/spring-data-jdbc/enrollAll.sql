-- enrollAll(carol, [mathematics, physics]) on Spring Data JDBC: 7 statements
-- captured from a run on H2 by SpringDataJdbcSqlCaptureH2Test; ./docs-update refreshes it

SELECT student.ID AS ID, student.NAME AS NAME FROM student WHERE student.ID = ? FOR UPDATE;

SELECT enrollment.GRADE AS GRADE, enrollment.course_id AS course_id, enrollment.ENROLLED_AT AS ENROLLED_AT FROM enrollment WHERE enrollment.student_id = ?;

SELECT course.ID AS ID, course.NAME AS NAME, course.CAPACITY AS CAPACITY FROM course WHERE course.ID IN (?, ?) ORDER BY course.ID ASC FOR UPDATE;

SELECT c.id AS course_id, COUNT(e.student_id) AS taken
FROM course c
LEFT JOIN enrollment e ON e.course_id = c.id
WHERE c.id IN (?, ?)
GROUP BY c.id;

UPDATE student SET NAME = ? WHERE student.ID = ?;

DELETE FROM enrollment WHERE enrollment.student_id = ?;

-- one JDBC batch of 2
INSERT INTO enrollment (course_id, ENROLLED_AT, GRADE, student_id) VALUES (?, ?, ?, ?);
