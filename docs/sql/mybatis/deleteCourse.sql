-- deleteCourse(mathematics), which Alice and Bob take on MyBatis: 1 statement
-- captured from a run on H2 by MyBatisSqlCaptureH2Test; ./docs-update refreshes it

DELETE FROM course WHERE id = ?;
