-- listStudents(0, 2): a page of two students on jOOQ: 1 statement
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

select
    page.id,
    page.name,
    (select
        coalesce(json_arrayagg(json_array(course.id, course.name, course.capacity null
            on null)
    order by
        course.name, course.id), json_array(null
            on null))
    from
        enrollment
    join
        course
            on course.id = enrollment.course_id
    where
        enrollment.student_id = page.id)
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
order by
    page.id;
