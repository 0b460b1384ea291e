-- deleteStudent(bob) on Spring Data JPA: 3 statements
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

-- one JDBC batch of 1
delete
from
    enrollment
where
    student_id=?;

-- one JDBC batch of 1
delete
from
    student
where
    id=?;
