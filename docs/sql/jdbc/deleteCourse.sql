-- deleteCourse(mathematics), which Alice and Bob take on Spring JDBC: 1 statement
-- captured from a run on H2 by JdbcSqlCaptureH2Test; ./docs-update refreshes it

DELETE FROM course WHERE id = ?;
