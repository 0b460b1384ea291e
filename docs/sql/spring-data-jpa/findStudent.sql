-- findStudent(bob) on Spring Data JPA: 1 statement
-- captured from a run on H2 by SpringDataJpaSqlCaptureH2Test; ./docs-update refreshes it

select
    se1_0.id,
    se1_0.name,
    c1_1.id,
    c1_1.name,
    c1_1.capacity
from
    student se1_0
left join
    enrollment c1_0
        on se1_0.id=c1_0.student_id
left join
    course c1_1
        on c1_1.id=c1_0.course_id
where
    se1_0.id=?
order by
    c1_1.name,
    c1_1.id;
