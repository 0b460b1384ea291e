-- grade(bob, physics, 75) on MyBatis: 1 statement
-- captured from a run on H2 by MyBatisSqlCaptureH2Test; ./docs-update refreshes it

UPDATE enrollment SET grade = ?
WHERE student_id = ? AND course_id = ?;
