-- drop(bob, physics) on jOOQ: 1 statement
-- captured from a run on PostgreSQL by JooqSqlCapturePostgresTest; ./docs-update refreshes it

delete
from
    enrollment
where
    (
        enrollment.student_id = ?
        and enrollment.course_id = ?
    );
