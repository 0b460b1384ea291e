-- deleteCourse(mathematics), which Alice and Bob take on jOOQ: 1 statement
-- captured from a run on PostgreSQL by JooqSqlCapturePostgresTest; ./docs-update refreshes it

delete
from
    course
where
    course.id = ?;
