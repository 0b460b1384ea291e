-- drop(bob, physics) on Spring JDBC: 1 statement
-- captured from a run on H2 by JdbcSqlCaptureH2Test; ./docs-update refreshes it

DELETE FROM enrollment WHERE student_id = ? AND course_id = ?;
