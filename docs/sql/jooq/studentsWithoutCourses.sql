-- studentsWithoutCourses() on jOOQ: 1 statement
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

select
    student.id,
    student.name
from
    student
where
    not exists (select
        1 one from enrollment
    where
        enrollment.student_id = student.id)
order by
    student.name,
    student.id;
