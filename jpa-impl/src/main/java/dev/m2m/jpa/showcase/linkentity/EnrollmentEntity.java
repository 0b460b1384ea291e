package dev.m2m.jpa.showcase.linkentity;

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
 * The link as an entity, and the only mapping of {@code enrollment}: created with both ends, its key copied
 * from their ids by {@code @MapsId}, so it is complete before it is persisted. The database fills in
 * {@code enrolled_at}; the grade is the link's own data, written with it.
 */
// tag::link[]
@Entity(name = "LinkEntityEnrollment")
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
// end::link[]

    protected EnrollmentEntity() {
        // for Hibernate
    }

    EnrollmentEntity(StudentEntity student, CourseEntity course) {
        this.id = new EnrollmentId(student.getId(), course.getId());
        this.student = student;
        this.course = course;
    }

    public EnrollmentId getId() {
        return id;
    }

    public StudentEntity getStudent() {
        return student;
    }

    public CourseEntity getCourse() {
        return course;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    // The key is the pair of ids, known from construction on: identity needs nothing else.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof EnrollmentEntity enrollment && id.equals(enrollment.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
