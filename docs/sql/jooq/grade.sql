-- grade(bob, physics, 75) on jOOQ: 1 statement
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

update
    enrollment
set
    enrollment.grade = ?
where
    (
        enrollment.student_id = cast(? as bigint)
        and enrollment.course_id = cast(? as bigint)
    );
