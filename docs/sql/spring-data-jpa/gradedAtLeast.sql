-- gradedAtLeast(mathematics, 90) on Spring Data JPA: 2 statements
-- captured from a run on H2 by SpringDataJpaSqlCaptureH2Test; ./docs-update refreshes it

select
    count(*)
from
    course ce1_0
where
    ce1_0.id=?;

select
    ee1_0.student_id,
    ee1_0.course_id,
    c1_0.id,
    c1_0.capacity,
    c1_0.name,
    ee1_0.enrolled_at,
    ee1_0.grade,
    s1_0.id,
    s1_0.name
from
    enrollment ee1_0
join
    student s1_0
        on s1_0.id=ee1_0.student_id
join
    course c1_0
        on c1_0.id=ee1_0.course_id
where
    c1_0.id=?
    and ee1_0.grade>=?
order by
    ee1_0.grade desc,
    s1_0.name,
    s1_0.id;
