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
import java.util.ArrayList;
import java.util.List;

/**
 * The mapping chapter 2 warns against, kept in the tests to show what it does: the same {@code student}
 * table and {@code enrollment} links as {@link StudentEntity}, but the courses in a {@code List} without
 * an index column, which Hibernate treats as a bag. Never used by the registrar.
 */
@Entity(name = "BagStudent")
@Table(name = "student")
class BagStudentEntity {

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

    protected BagStudentEntity() {
        // for Hibernate
    }

    /** The bag itself, changed directly: the test is about what Hibernate makes of it. */
    List<CourseEntity> courses() {
        return courses;
    }
}
