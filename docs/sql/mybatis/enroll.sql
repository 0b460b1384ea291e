-- enroll(carol, physics) on MyBatis: 4 statements
-- captured from a run on H2 by MyBatisSqlCaptureH2Test; ./docs-update refreshes it

SELECT id FROM student WHERE id = ? FOR UPDATE;

SELECT id, capacity
FROM course
WHERE id IN
 (  ? )
ORDER BY id
FOR UPDATE;

SELECT course_id,
       COUNT(*) AS taken,
       COUNT(CASE WHEN student_id = ? THEN 1 END) AS mine
FROM enrollment
WHERE course_id IN
 (  ? )
GROUP BY course_id;

-- one JDBC batch of 1
INSERT INTO enrollment (student_id, course_id) VALUES (?, ?);
