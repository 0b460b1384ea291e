-- studentsIn("Mathematics") on Spring Data JPA: 1 statement
-- captured from a run on H2 by SpringDataJpaSqlCaptureH2Test; ./docs-update refreshes it

select
    s1_1.id,
    s1_1.name
from
    course ce1_0
left join
    enrollment s1_0
        on ce1_0.id=s1_0.course_id
left join
    student s1_1
        on s1_1.id=s1_0.student_id
where
    ce1_0.name=?
order by
    s1_1.name,
    s1_1.id;
