-- studentsIn("Mathematics") on jOOQ: 1 statement
-- captured from a run on PostgreSQL by JooqSqlCapturePostgresTest; ./docs-update refreshes it

select
    student.id,
    student.name
from
    course
left outer join
    enrollment
        on enrollment.course_id = course.id
left outer join
    student
        on student.id = enrollment.student_id
where
    course.name = ?
order by
    student.name,
    student.id;
