package dev.m2m.jpa.mapping;

import dev.m2m.core.Student;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.Hibernate;

/**
 * The owning side of the many-to-many: Hibernate writes {@code enrollment} rows from changes to
 * {@link #courses}, and only from them.
 */
// tag::owning-side[]
@Entity(name = "Student")
@Table(name = "student")
@NamedEntityGraph(name = StudentEntity.WITH_COURSES, attributeNodes = @NamedAttributeNode("courses"))
public class StudentEntity {

    /** The entity graph "a student and their courses", for {@code FetchStrategies#entityGraph()}. */
    public static final String WITH_COURSES = "Student.courses";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    // A Set, not a List: Hibernate maps a List without an index column as a "bag", and removing one
    // element from a bag deletes every row of the student's links and inserts the rest again. A Set
    // removes exactly one row. No cascade: deleting a student must never delete a course.
    // LAZY is the default for collections; reads say what they load (join fetch, entity graph, ...).
    @ManyToMany
    @JoinTable(
            name = "enrollment",
            joinColumns = @JoinColumn(name = "student_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    @OrderBy("name ASC, id ASC")
    private Set<CourseEntity> courses = new LinkedHashSet<>();
// end::owning-side[]

    protected StudentEntity() {
        // for Hibernate
    }

    public StudentEntity(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Read-only: links change through {@link #enroll} and {@link #drop}, which keep both sides in step. */
    public Set<CourseEntity> getCourses() {
        return Collections.unmodifiableSet(courses);
    }

    /**
     * Adds the link on both sides; only the owning side (this one) is written to the database. The
     * course's side is changed only if it is loaded already: loading every student of a large course
     * just to add one would cost more than the enrolment itself (the benchmarks measured 700 times the
     * floor on a course of 50,000), and a side that is not loaded yet will show the link once it is.
     */
    // tag::helpers[]
    public void enroll(CourseEntity course) {
        courses.add(course);
        if (Hibernate.isInitialized(course.studentsForHelpers())) {
            course.studentsForHelpers().add(this);
        }
    }

    public void drop(CourseEntity course) {
        courses.remove(course);
        if (Hibernate.isInitialized(course.studentsForHelpers())) {
            course.studentsForHelpers().remove(this);
        }
    }
    // end::helpers[]

    /** Are this student's courses loaded, and is that course among them? Loads nothing. */
    public boolean hasLoaded(CourseEntity course) {
        return Hibernate.isInitialized(courses) && courses.contains(course);
    }

    public Student toStudent() {
        return new Student(id, name);
    }

    // tag::identity[]
    // A student has no natural key (names repeat), so identity is the database id. Before persist the
    // id is null and only the same instance is equal; hashCode is the same for every student so that it
    // does not change when persist assigns the id, which would lose the entity inside a HashSet. The price:
    // in a hash set every student shares one bucket, so a set of thousands is searched element by element
    // (filling one is quadratic: deleteCourse once loaded a course's 30,000 students into its set and took
    // 17 s, chapter 8). So the registrar never fills a course's set of students: its reads are projections,
    // and deleteCourse deletes the links with one bulk statement.
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof StudentEntity student && id != null && id.equals(student.getId());
    }

    @Override
    public int hashCode() {
        return StudentEntity.class.hashCode();
    }
    // end::identity[]

    @Override
    public String toString() {
        return "StudentEntity[id=" + id + ", name=" + name + "]";
    }
}
