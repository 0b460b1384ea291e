-- enrollAll(carol, [mathematics, physics]) on jOOQ: 4 statements
-- captured from a run on PostgreSQL by JooqSqlCapturePostgresTest; ./docs-update refreshes it

select
    student.id
from
    student
where
    student.id = ?
for
    update;

select
    course.id,
    course.capacity
from
    course
where
    course.id in (?, ?)
order by
    course.id
for
    update;

select
    enrollment.course_id,
    count(*),
    count(*) filter (
where
    enrollment.student_id = ?)
from
    enrollment
where
    enrollment.course_id in (?, ?)
group by
    enrollment.course_id;

-- one JDBC batch of 2
insert
into
    enrollment
    (student_id, course_id)
values
    (?, ?);
