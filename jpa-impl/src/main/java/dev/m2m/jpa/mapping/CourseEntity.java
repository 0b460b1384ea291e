package dev.m2m.jpa.mapping;

import dev.m2m.core.Course;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.annotations.NaturalId;

/**
 * The inverse side of the many-to-many: {@code mappedBy} points at the owning collection, so
 * Hibernate never writes {@code enrollment} rows from {@link #students}. Changing only this side
 * would be silently ignored; the helpers on {@link StudentEntity} change both.
 */
@Entity(name = "Course")
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

    // tag::inverse-side[]
    @ManyToMany(mappedBy = "courses")
    @OrderBy("name ASC, id ASC")
    private Set<StudentEntity> students = new LinkedHashSet<>();
    // end::inverse-side[]

    protected CourseEntity() {
        // for Hibernate
    }

    public CourseEntity(String name, int capacity) {
        this.name = name;
        this.capacity = capacity;
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

    public Set<StudentEntity> getStudents() {
        return Collections.unmodifiableSet(students);
    }

    /** The modifiable set, for {@link StudentEntity#enroll} and {@link StudentEntity#drop} only. */
    Set<StudentEntity> studentsForHelpers() {
        return students;
    }

    /**
     * Takes a deleted student out of this course's students, if they are loaded. The inverse side is never
     * written to the database, so this sends nothing; it only keeps what the persistence context shows true.
     */
    public void forgetDeleted(StudentEntity student) {
        if (Hibernate.isInitialized(students)) {
            students.remove(student);
        }
    }

    public Course toCourse() {
        return new Course(id, name, capacity);
    }

    // tag::identity[]
    // A course has a natural key: its unique name, known before the row exists. Equality on it stays
    // the same before and after persist, so a course can sit in a HashSet while it is still new.
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof CourseEntity course && Objects.equals(name, course.getName());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }
    // end::identity[]

    @Override
    public String toString() {
        return "CourseEntity[id=" + id + ", name=" + name + ", capacity=" + capacity + "]";
    }
}
