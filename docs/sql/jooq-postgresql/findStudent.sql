-- findStudent(bob) on jOOQ: 1 statement
-- captured from a run on PostgreSQL by JooqSqlCapturePostgresTest; ./docs-update refreshes it

select
    student.id,
    student.name,
    (select
        coalesce(json_agg(json_build_array(t.v0, t.v1, t.v2)), json_build_array())
    from
        (select
            course.id as v0,
            course.name as v1,
            course.capacity as v2
        from
            enrollment
        join
            course
                on course.id = enrollment.course_id
        where
            enrollment.student_id = student.id
        order by
            course.name,
            course.id) as t)
from
    student
where
    student.id = ?;
