-- classmatesOf(alice) on jOOQ: 1 statement
-- captured from a run on H2 by JooqSqlCaptureH2Test; ./docs-update refreshes it

select
    distinct s.id,
    s.name
from
    student me
left outer join
    enrollment mine
        on mine.student_id = me.id
left outer join
    enrollment theirs
        on (theirs.course_id = mine.course_id
        and theirs.student_id <> me.id)
left outer join
    student s
        on s.id = theirs.student_id
where
    me.id = cast(? as bigint)
order by
    s.name,
    s.id;
