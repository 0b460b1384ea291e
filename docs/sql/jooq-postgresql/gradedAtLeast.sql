-- gradedAtLeast(mathematics, 90) on jOOQ: 1 statement
-- captured from a run on PostgreSQL by JooqSqlCapturePostgresTest; ./docs-update refreshes it

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
        and enrollment.grade >= ?)
left outer join
    student
        on student.id = enrollment.student_id
where
    course.id = ?
order by
    enrollment.grade desc,
    student.name,
    student.id;
