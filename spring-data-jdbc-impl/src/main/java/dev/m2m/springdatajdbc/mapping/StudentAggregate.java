package dev.m2m.springdatajdbc.mapping;

import dev.m2m.core.Student;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

// tag::aggregate[]
/**
 * The student, the aggregate that owns the many-to-many: Spring Data JDBC has no {@code @ManyToMany}, so the
 * link rows are children of one side, here the student, each naming its course by id. Saving the student
 * writes its row and all of its links; loading it reads both.
 */
@Table("student")
public class StudentAggregate {

    @Id
    private Long id;
    private final String name;
    @MappedCollection(idColumn = "student_id")
    private final Set<StudentEnrollment> enrollments;

    @PersistenceCreator
    StudentAggregate(Long id, String name, Set<StudentEnrollment> enrollments) {
        this.id = id;
        this.name = name;
        this.enrollments = new HashSet<>(enrollments);
    }
    // end::aggregate[]

    public static StudentAggregate create(String name) {
        return new StudentAggregate(null, name, Set.of());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<StudentEnrollment> getEnrollments() {
        return Set.copyOf(enrollments);
    }

    public boolean isEnrolledIn(long courseId) {
        return enrollment(courseId).isPresent();
    }

    /**
     * Adds the link, enrolled now. The time is set here rather than by the column's default: the row is
     * written again at every save, with this value (microseconds, what both databases keep).
     */
    public void enroll(long courseId) {
        enrollments.add(new StudentEnrollment(AggregateReference.to(courseId),
                Instant.now().truncatedTo(ChronoUnit.MICROS), null));
    }

    /** Removes the link; false if there was none. */
    public boolean drop(long courseId) {
        return enrollments.removeIf(enrollment -> enrollment.courseId() == courseId);
    }

    /** Forgets the links to any course not among these: links a concurrent course deletion removed. */
    public void keepLinksTo(Set<Long> courseIds) {
        enrollments.removeIf(enrollment -> !courseIds.contains(enrollment.courseId()));
    }

    public Optional<StudentEnrollment> enrollment(long courseId) {
        return enrollments.stream().filter(enrollment -> enrollment.courseId() == courseId).findFirst();
    }

    public Student toStudent() {
        return new Student(id, name);
    }
}
