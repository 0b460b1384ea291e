package dev.m2m.jpa;

import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * The mapping chapter 8 warns against, kept in the tests to show what it does: {@link StudentEntity}'s
 * tables with {@code CascadeType.REMOVE} on the {@code @ManyToMany}. Never used by the registrar.
 */
@Entity(name = "CascadingStudent")
@Table(name = "student")
class CascadingStudentEntity {

    @Id
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @ManyToMany(cascade = CascadeType.REMOVE)
    @JoinTable(
            name = "enrollment",
            joinColumns = @JoinColumn(name = "student_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    private Set<CourseEntity> courses = new HashSet<>();

    protected CascadingStudentEntity() {
        // for Hibernate
    }
}
