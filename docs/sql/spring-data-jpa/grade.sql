-- grade(bob, physics, 75) on Spring Data JPA: 2 statements
-- captured from a run on H2 by SpringDataJpaSqlCaptureH2Test; ./docs-update refreshes it

select
    ee1_0.student_id,
    ee1_0.course_id,
    ee1_0.enrolled_at,
    ee1_0.grade
from
    enrollment ee1_0
where
    (
        ee1_0.student_id, ee1_0.course_id
    )=(
        ?, ?
    )
for
    update;

-- one JDBC batch of 1
update
    enrollment
set
    grade=?
where
    student_id=?
    and course_id=?;
