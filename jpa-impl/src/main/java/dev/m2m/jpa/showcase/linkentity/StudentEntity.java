package dev.m2m.jpa.showcase.linkentity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;

/**
 * A student who owns their enrolments: links are added and removed through {@link #enroll} and {@link #drop},
 * and {@code orphanRemoval} turns a link taken out of {@link #enrollments} into one {@code DELETE}.
 */
// tag::student[]
@Entity(name = "LinkEntityStudent")
@Table(name = "student")
public class StudentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @OneToMany(mappedBy = "student", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<EnrollmentEntity> enrollments = new HashSet<>();
// end::student[]

    protected StudentEntity() {
        // for Hibernate
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<EnrollmentEntity> getEnrollments() {
        return Collections.unmodifiableSet(enrollments);
    }

    // tag::helpers[]
    /**
     * A new link, on both sides; persisted with this student (cascade). The course's side is changed only if
     * it is loaded already, as in the registrar's mapping: loading a course's every link to add one costs more
     * than the link.
     */
    public EnrollmentEntity enroll(CourseEntity course) {
        var enrollment = new EnrollmentEntity(this, course);
        enrollments.add(enrollment);
        if (linksLoaded(course)) {
            course.linksForHelpers().add(enrollment);
        }
        return enrollment;
    }

    /** The link to that course, if any, taken out of both sides: orphanRemoval deletes its one row. */
    public boolean drop(CourseEntity course) {
        Optional<EnrollmentEntity> link = enrollments.stream()
                .filter(enrollment -> enrollment.getId().courseId().equals(course.getId()))
                .findFirst();
        link.ifPresent(enrollment -> {
            enrollments.remove(enrollment);
            if (linksLoaded(course)) {
                course.linksForHelpers().remove(enrollment);
            }
        });
        return link.isPresent();
    }

    private static boolean linksLoaded(CourseEntity course) {
        return Hibernate.isInitialized(course) && Hibernate.isInitialized(course.linksForHelpers());
    }
    // end::helpers[]

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof StudentEntity student && id != null && id.equals(student.id);
    }

    @Override
    public int hashCode() {
        return StudentEntity.class.hashCode();
    }
}
