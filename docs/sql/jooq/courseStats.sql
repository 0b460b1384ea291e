-- courseStats() on jOOQ: 1 statement
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

select
    course.id,
    course.name,
    course.capacity,
    count(enrollment.student_id)
from
    course
left outer join
    enrollment
        on enrollment.course_id = course.id
group by
    course.id,
    course.name,
    course.capacity
order by
    course.name,
    course.id;
