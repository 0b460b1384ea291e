-- listStudents(0, 2): a page of two students on Spring Data JDBC: 1 statement
-- captured from a run on H2 by SpringDataJdbcSqlCaptureH2Test; ./docs-update refreshes it

SELECT s.id AS student_id, s.name AS student_name,
       c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity
FROM (SELECT id, name FROM student
      WHERE id > ?
      ORDER BY id
      FETCH FIRST ? ROWS ONLY) s
LEFT JOIN enrollment e ON e.student_id = s.id
LEFT JOIN course c ON c.id = e.course_id
ORDER BY s.id, c.name, c.id;
