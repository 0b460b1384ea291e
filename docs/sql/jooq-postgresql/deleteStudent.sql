-- deleteStudent(bob) on jOOQ: 1 statement
-- captured from a run on PostgreSQL by JooqSqlCapturePostgresTest; ./docs-update refreshes it

delete
from
    student
where
    student.id = ?;
