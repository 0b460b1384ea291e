-- every student with their courses by an entity graph on JPA/Hibernate: 1 statement
-- captured from a run on H2 by JpaSqlCaptureH2Test; ./docs-update refreshes it

select
    se1_0.id,
    c1_0.student_id,
    c1_1.id,
    c1_1.capacity,
    c1_1.name,
    se1_0.name
from
    student se1_0
left join
    enrollment c1_0
        on se1_0.id=c1_0.student_id
left join
    course c1_1
        on c1_1.id=c1_0.course_id
order by
    se1_0.id,
    c1_1.name,
    c1_0.course_id;
