package dev.m2m.jpa.mapping;

import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The association object: the {@code enrollment} row as an entity of its own, for the data the link
 * carries (when, and the grade). Its key is the link's two ends; {@code @MapsId} says each half of
 * the key is the id of the entity at that end.
 *
 * <p>The same table is also mapped by {@link StudentEntity#getCourses()}'s {@code @ManyToMany}. Two
 * mappings of one table must not both write the same rows, so the work is split: the {@code @ManyToMany}
 * creates links (writing only the two ids) and removes a deleted student's, and this entity owns the
 * grade (it is never persisted nor removed as an entity, and updates only {@code grade}; the ends and the
 * time are neither insertable nor updatable). The database fills in {@code enrolled_at}. A dropped link
 * and a deleted course's links go by a bulk {@code delete from Enrollment} ({@code dev.m2m.jpa.RegistrarWrites}): a
 * statement, not an entity removal, which returns its row count.
 */
// tag::association-object[]
@Entity(name = "Enrollment")
@Table(name = "enrollment")
public class EnrollmentEntity {

    @EmbeddedId
    private EnrollmentId id;

    @MapsId("studentId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private StudentEntity student;

    @MapsId("courseId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private CourseEntity course;

    @Column(name = "enrolled_at", insertable = false, updatable = false)
    private Instant enrolledAt;

    @Column(name = "grade")
    private Integer grade;
// end::association-object[]

    protected EnrollmentEntity() {
        // for Hibernate only: links are created through StudentEntity#enroll, never as this entity
    }

    public EnrollmentId getId() {
        return id;
    }

    public void setGrade(Grade grade) {
        this.grade = grade.points();
    }

    public Enrollment toEnrollment() {
        return new Enrollment(student.toStudent(), course.toCourse(), enrolledAt,
                grade == null ? null : new Grade(grade));
    }

    // The key is the pair of ids, known for every row loaded: identity needs nothing else.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof EnrollmentEntity enrollment && id != null && id.equals(enrollment.id);
    }

    @Override
    public int hashCode() {
        return EnrollmentEntity.class.hashCode();
    }
}
