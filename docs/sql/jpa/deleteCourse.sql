-- deleteCourse(mathematics), which Alice and Bob take on JPA/Hibernate: 6 statements
-- captured from a run on H2 by JpaSqlCaptureH2Test; ./docs-update refreshes it

select
    ce1_0.id,
    ce1_0.capacity,
    ce1_0.name
from
    course ce1_0
where
    ce1_0.id=?
for
    update;

select
    s1_0.course_id,
    s1_1.id,
    s1_1.name
from
    enrollment s1_0
join
    student s1_1
        on s1_1.id=s1_0.student_id
where
    s1_0.course_id=?
order by
    s1_1.name,
    s1_0.student_id;

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
    c1_0.student_id in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
order by
    c1_1.name,
    c1_0.course_id;

-- one JDBC batch of 1
delete
from
    enrollment
where
    student_id=?;

-- one JDBC batch of 1
delete
from
    enrollment
where
    student_id=?
    and course_id=?;

-- one JDBC batch of 1
delete
from
    course
where
    id=?;
