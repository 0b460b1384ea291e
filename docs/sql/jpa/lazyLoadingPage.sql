-- a page of three students loaded lazily on JPA/Hibernate: 4 statements
-- captured from a run on H2 by JpaSqlCaptureH2Test; ./docs-update refreshes it

select
    se1_0.id,
    se1_0.name
from
    student se1_0
where
    se1_0.id>?
order by
    se1_0.id
fetch
    first ? rows only;

select
    c1_0.student_id,
    c1_1.id,
    c1_1.capacity,
    c1_1.name
from
    enrollment c1_0
join
    course c1_1
        on c1_1.id=c1_0.course_id
where
    c1_0.student_id=?
order by
    c1_1.name,
    c1_0.course_id;

select
    c1_0.student_id,
    c1_1.id,
    c1_1.capacity,
    c1_1.name
from
    enrollment c1_0
join
    course c1_1
        on c1_1.id=c1_0.course_id
where
    c1_0.student_id=?
order by
    c1_1.name,
    c1_0.course_id;

select
    c1_0.student_id,
    c1_1.id,
    c1_1.capacity,
    c1_1.name
from
    enrollment c1_0
join
    course c1_1
        on c1_1.id=c1_0.course_id
where
    c1_0.student_id=?
order by
    c1_1.name,
    c1_0.course_id;
