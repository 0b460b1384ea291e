-- The link starts carrying data of its own (SQLAlchemy's "association object"): a grade, in points
-- from 0 to 100, NULL until the course grades the student. enrolled_at has been there since V1.
-- V1 stays as it was: a released migration is never edited, the schema evolves by new ones.

ALTER TABLE enrollment ADD COLUMN grade INTEGER;

ALTER TABLE enrollment ADD CONSTRAINT enrollment_grade_range_ck CHECK (grade BETWEEN 0 AND 100);

-- "Students of a course with at least a given grade" reads the course's links ordered by grade.
CREATE INDEX enrollment_course_grade_ix ON enrollment (course_id, grade);
