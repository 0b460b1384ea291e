-- deleteCourse(mathematics), which Alice and Bob take on Spring Data JDBC: 2 statements
-- captured from a run on H2 by SpringDataJdbcSqlCaptureH2Test; ./docs-update refreshes it

SELECT course.ID AS ID, course.NAME AS NAME, course.CAPACITY AS CAPACITY FROM course WHERE course.ID = ? FOR UPDATE;

DELETE FROM course WHERE course.ID = ?;
