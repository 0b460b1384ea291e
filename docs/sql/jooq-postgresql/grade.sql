-- grade(bob, physics, 75) on jOOQ: 1 statement
-- captured from a run on PostgreSQL by JooqSqlCapturePostgresTest; ./docs-update refreshes it

update
    enrollment
set
    grade = ?
where
    (
        enrollment.student_id = ?
        and enrollment.course_id = ?
    );
