-- enroll(carol, physics) on Spring Data JPA: 5 statements
-- captured from a run on H2 by SpringDataJpaSqlCaptureH2Test; ./docs-update refreshes it

select
    se1_0.id,
    se1_0.name
from
    student se1_0
where
    se1_0.id=?
for
    update;

select
    ce1_0.id,
    ce1_0.capacity,
    ce1_0.name
from
    course ce1_0
where
    ce1_0.id in (?)
order by
    ce1_0.id
for
    update;

select
    ce1_0.id,
    count(s1_0.student_id)
from
    course ce1_0
left join
    enrollment s1_0
        on ce1_0.id=s1_0.course_id
where
    ce1_0.id in (?)
group by
    ce1_0.id;

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

-- one JDBC batch of 1
insert
into
    enrollment
    (student_id, course_id)
values
    (?, ?);
