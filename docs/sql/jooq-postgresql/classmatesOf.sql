-- classmatesOf(alice) on jOOQ: 1 statement
-- captured from a run on PostgreSQL by JooqSqlCapturePostgresTest; ./docs-update refreshes it

select
    distinct s.id,
    s.name
from
    student as me
left outer join
    enrollment as mine
        on mine.student_id = me.id
left outer join
    enrollment as theirs
        on (theirs.course_id = mine.course_id
        and theirs.student_id <> me.id)
left outer join
    student as s
        on s.id = theirs.student_id
where
    me.id = ?
order by
    s.name,
    s.id;
