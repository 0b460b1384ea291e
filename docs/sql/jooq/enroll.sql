-- enroll(carol, physics) on jOOQ: 4 statements
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

select
    student.id
from
    student
where
    student.id = cast(? as bigint)
for
    update;

select
    course.id,
    course.capacity
from
    course
where
    course.id in (cast(? as bigint))
order by
    course.id
for
    update;

select
    enrollment.course_id,
    count(*),
    count(*) filter (
where
    enrollment.student_id = cast(? as bigint))
from
    enrollment
where
    enrollment.course_id in (cast(? as bigint))
group by
    enrollment.course_id;

-- one JDBC batch of 1
insert
into
    enrollment
    (student_id, course_id)
values
    (?, ?);
