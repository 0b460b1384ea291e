-- deleteStudent(bob) on jOOQ: 1 statement
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

delete
from
    student
where
    student.id = cast(? as bigint);
