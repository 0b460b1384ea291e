-- listStudents(0, 2): a page of two students on Spring Data JPA: 1 statement
-- captured from a run on H2 by SpringDataJpaSqlCaptureH2Test; ./docs-update refreshes it

select
    se2_0.id,
    se2_0.name,
    c1_1.id,
    c1_1.name,
    c1_1.capacity
from
    (select
        se1_0.id
    from
        student se1_0
    where
        se1_0.id>?
    order by
        se1_0.id
    fetch
        first ? rows only) page1_0(c0)
join
    student se2_0
        on se2_0.id=page1_0.c0
left join
    enrollment c1_0
        on se2_0.id=c1_0.student_id
left join
    course c1_1
        on c1_1.id=c1_0.course_id
order by
    se2_0.id,
    c1_1.name,
    c1_1.id;
