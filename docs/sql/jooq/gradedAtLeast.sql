-- gradedAtLeast(mathematics, 90) on jOOQ: 1 statement
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

select
    student.id,
    student.name,
    course.id,
    course.name,
    course.capacity,
    enrollment.enrolled_at,
    enrollment.grade
from
    course
left outer join
    enrollment
        on (enrollment.course_id = course.id
        and enrollment.grade >= cast(? as int))
left outer join
    student
        on student.id = enrollment.student_id
where
    course.id = cast(? as bigint)
order by
    enrollment.grade desc,
    student.name,
    student.id;
