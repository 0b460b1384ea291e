-- listStudents(0, 2) as a flat join on jOOQ: 1 statement
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

select
    page.id,
    page.name,
    course.id,
    course.name,
    course.capacity
from
    (select
        student.id,
        student.name
    from
        student
    where
        student.id > cast(? as bigint)
    order by
        student.id
    fetch
        next ? rows only) page
left outer join
    enrollment
        on enrollment.student_id = page.id
left outer join
    course
        on course.id = enrollment.course_id
order by
    page.id,
    course.name,
    course.id;
