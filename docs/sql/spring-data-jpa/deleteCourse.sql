-- deleteCourse(mathematics), which Alice and Bob take on Spring Data JPA: 3 statements
-- captured from a run on H2 by SpringDataJpaSqlCaptureH2Test; ./docs-update refreshes it

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

delete
from
    enrollment ee1_0
where
    ee1_0.course_id=?;

-- one JDBC batch of 1
delete
from
    course
where
    id=?;
