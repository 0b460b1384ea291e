-- deleteStudent(bob) on Spring Data JDBC: 5 statements
-- captured from a run on H2 by SpringDataJdbcSqlCaptureH2Test; ./docs-update refreshes it

SELECT student.ID AS ID, student.NAME AS NAME FROM student WHERE student.ID = ? FOR UPDATE;

SELECT enrollment.GRADE AS GRADE, enrollment.course_id AS course_id, enrollment.ENROLLED_AT AS ENROLLED_AT FROM enrollment WHERE enrollment.student_id = ?;

SELECT student.ID AS ID FROM student WHERE student.ID = ? FOR UPDATE;

DELETE FROM enrollment WHERE enrollment.student_id = ?;

DELETE FROM student WHERE student.ID = ?;
