-- studentsWithoutCourses() on Spring Data JPA: 1 statement
-- captured from a run on H2 by SpringDataJpaSqlCaptureH2Test; ./docs-update refreshes it

select
    se1_0.id,
    se1_0.name
from
    student se1_0
where
    not exists(select
        1 from enrollment c1_0
    where
        se1_0.id=c1_0.student_id)
order by
    se1_0.name,
    se1_0.id;
