package dev.m2m.jpa.showcase.linkentity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.NaturalId;

/**
 * A course sees its links too, read-only in effect: {@code mappedBy} makes the link's {@code course}
 * the only writer of {@code course_id}. No cascade from here: a link's life is the student's business.
 */
// tag::course[]
@Entity(name = "LinkEntityCourse")
@Table(name = "course")
public class CourseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    @Column(name = "name", nullable = false, length = 100, unique = true)
    private String name;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @OneToMany(mappedBy = "course")
    private Set<EnrollmentEntity> enrollments = new HashSet<>();
// end::course[]

    protected CourseEntity() {
        // for Hibernate
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    public Set<EnrollmentEntity> getEnrollments() {
        return Collections.unmodifiableSet(enrollments);
    }

    /** The modifiable set, for {@link StudentEntity#enroll} and {@link StudentEntity#drop} only. */
    Set<EnrollmentEntity> linksForHelpers() {
        return enrollments;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CourseEntity course && Objects.equals(name, course.getName());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }
}
