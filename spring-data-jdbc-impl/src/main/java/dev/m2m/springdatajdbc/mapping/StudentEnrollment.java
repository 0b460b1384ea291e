package dev.m2m.springdatajdbc.mapping;

import java.time.Instant;
import java.util.Objects;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

// tag::enrollment[]
/**
 * One row of {@code enrollment}, inside the student's aggregate: the course by reference (its id, never the
 * course itself, which is an aggregate of its own), and the link's own data. Spring Data JDBC writes a
 * student's set of these by deleting them all and inserting them again at every save of the student, so
 * everything the row holds must be here to survive that: {@code enrolledAt} is written back as it was read
 * (set once, by {@link StudentAggregate#enroll}), and so is {@code grade}.
 */
@Table("enrollment")
public class StudentEnrollment {

    @Column("course_id")
    private final AggregateReference<CourseAggregate, Long> course;
    private final Instant enrolledAt;
    private Integer grade;

    StudentEnrollment(AggregateReference<CourseAggregate, Long> course, Instant enrolledAt, Integer grade) {
        this.course = course;
        this.enrolledAt = enrolledAt;
        this.grade = grade;
    }
    // end::enrollment[]

    public long courseId() {
        return course.getId();
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Integer grade() {
        return grade;
    }

    public void grade(int points) {
        this.grade = points;
    }

    /** One link per course in a student's set: equal by course. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StudentEnrollment that && courseId() == that.courseId();
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(courseId());
    }
}
