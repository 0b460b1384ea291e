-- studentsWithoutCourses() on jOOQ: 1 statement
-- captured from a run on PostgreSQL by JooqSqlCapturePostgresTest; ./docs-update refreshes it

select
    student.id,
    student.name
from
    student
where
    not exists (select
        1 as one from enrollment
    where
        enrollment.student_id = student.id)
order by
    student.name,
    student.id;
