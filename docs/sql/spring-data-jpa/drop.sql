-- drop(bob, physics) on Spring Data JPA: 1 statement
-- captured from a run on H2 by SpringDataJpaSqlCaptureH2Test; ./docs-update refreshes it

delete
from
    enrollment ee1_0
where
    ee1_0.student_id=?
    and ee1_0.course_id=?;
