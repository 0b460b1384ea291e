package dev.m2m.jpa;

import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.EnrollmentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * A student with two {@code List}s, for chapter 6's {@code MultipleBagFetchException}: the courses through
 * the {@code @ManyToMany}, and the same links as association objects (chapter 9), the pair a mapping grows
 * into once the link carries data. Both are bags (lists without an index column). Read-only: the tests only
 * load it. Never used by the registrar.
 */
// tag::two-bags[]
@Entity(name = "TwoBagsStudent")
@Table(name = "student")
@Immutable
class TwoBagsStudentEntity {

    @Id
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @ManyToMany
    @JoinTable(
            name = "enrollment",
            joinColumns = @JoinColumn(name = "student_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    private List<CourseEntity> courses = new ArrayList<>();

    @OneToMany
    @JoinColumn(name = "student_id", insertable = false, updatable = false)
    private List<EnrollmentEntity> enrollments = new ArrayList<>();
// end::two-bags[]

    protected TwoBagsStudentEntity() {
        // for Hibernate
    }

    Long id() {
        return id;
    }

    List<CourseEntity> courses() {
        return courses;
    }

    List<EnrollmentEntity> enrollments() {
        return enrollments;
    }
}
