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
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * {@link StudentEntity}'s mapping with one annotation more, for chapter 6: {@code @Fetch(SUBSELECT)} makes
 * the first lazy load of a student's courses load the courses of every student the same query returned, in
 * one statement that repeats that query as a subquery. Never used by the registrar.
 */
@Entity(name = "SubselectStudent")
@Table(name = "student")
class SubselectStudentEntity {

    @Id
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    // tag::subselect[]
    @ManyToMany
    @JoinTable(
            name = "enrollment",
            joinColumns = @JoinColumn(name = "student_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    @Fetch(FetchMode.SUBSELECT)
    private Set<CourseEntity> courses = new LinkedHashSet<>();
    // end::subselect[]

    protected SubselectStudentEntity() {
        // for Hibernate
    }

    Set<CourseEntity> courses() {
        return courses;
    }
}
