-- studentsIn("Mathematics") on jOOQ: 1 statement
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

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
    course.name = cast(? as varchar(100))
order by
    student.name,
    student.id;
