-- classmatesOf(alice) on Spring Data JPA: 1 statement
-- captured from a run on H2 by SpringDataJpaSqlCaptureH2Test; ./docs-update refreshes it

select
    distinct s1_1.id,
    s1_1.name
from
    student se1_0
left join
    enrollment c1_0
        on se1_0.id=c1_0.student_id
left join
    course c1_1
        on c1_1.id=c1_0.course_id
left join
    (enrollment s1_0
join
    student s1_1
        on s1_1.id=s1_0.student_id)
    on c1_1.id=s1_0.course_id
    and s1_0.student_id<>se1_0.id
where
    se1_0.id=?
order by
    s1_1.name,
    s1_1.id;
