-- deleteCourse(mathematics), which Alice and Bob take on jOOQ: 1 statement
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

delete
from
    course
where
    course.id = cast(? as bigint);
