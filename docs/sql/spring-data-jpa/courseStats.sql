-- courseStats() on Spring Data JPA: 1 statement
-- captured from a run on H2 by SpringDataJpaSqlCaptureH2Test; ./docs-update refreshes it

select
    ce1_0.id,
    ce1_0.name,
    ce1_0.capacity,
    count(s1_0.student_id)
from
    course ce1_0
left join
    enrollment s1_0
        on ce1_0.id=s1_0.course_id
group by
    ce1_0.id,
    ce1_0.name,
    ce1_0.capacity
order by
    ce1_0.name,
    ce1_0.id;
