package dev.m2m.jpa;

import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * {@link StudentEntity}'s mapping with one annotation more, for chapter 6: {@code @BatchSize} on the
 * collection makes every lazy load of a student's courses load those of up to four more students of the
 * same persistence context in the same statement. Never used by the registrar.
 */
@Entity(name = "BatchSizeStudent")
@Table(name = "student")
class BatchSizeStudentEntity {

    @Id
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    // tag::batch-size[]
    @ManyToMany
    @JoinTable(
            name = "enrollment",
            joinColumns = @JoinColumn(name = "student_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    @BatchSize(size = 5)
    private Set<CourseEntity> courses = new LinkedHashSet<>();
    // end::batch-size[]

    protected BatchSizeStudentEntity() {
        // for Hibernate
    }

    Set<CourseEntity> courses() {
        return courses;
    }
}
