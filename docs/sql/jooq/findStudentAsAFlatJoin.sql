-- findStudent(bob) as a flat join on jOOQ: 1 statement
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

select
    student.id,
    student.name,
    course.id,
    course.name,
    course.capacity
from
    student
left outer join
    enrollment
        on enrollment.student_id = student.id
left outer join
    course
        on course.id = enrollment.course_id
where
    student.id = cast(? as bigint)
order by
    course.name,
    course.id;
