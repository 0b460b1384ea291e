package dev.m2m.jpa.showcase;

import dev.m2m.jpa.JpaRegistrar;
import dev.m2m.jpa.mapping.CourseEntity;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.Session;

/**
 * Teaching code, not the registrar: a pitfall shown on purpose. This is how {@link JpaRegistrar}
 * deleted a course until it met a course of 30,000 students, and how the well-known advice for the
 * inverse side of a {@code @ManyToMany} reads ("remove the course from each student, then remove the
 * course"): correct, and fine for a few students, but it loads every student of the course into the
 * course's {@code Set} (whose elements share one hash code, so filling it is quadratic) and deletes the
 * links one row each. Its cost grows with the number of links; the registrar's {@code RegistrarWrites}
 * sends one bulk delete instead. {@code JpaDeletesH2Test} asserts the statements it sends.
 */
public final class DeleteThroughEachStudent {

    /** The batch sizes the registrar used then: a fetch batch of 100 students' courses, JDBC batches of 50. */
    public static final int FETCH_BATCH_SIZE = 100;
    public static final int JDBC_BATCH_SIZE = 50;

    private DeleteThroughEachStudent() {
    }

    // tag::pitfall[]
    public static void deleteCourse(EntityManager em, long courseId) {
        var session = em.unwrap(Session.class);
        session.setFetchBatchSize(FETCH_BATCH_SIZE);
        session.setJdbcBatchSize(JDBC_BATCH_SIZE);
        var course = em.find(CourseEntity.class, courseId);
        List.copyOf(course.getStudents()).forEach(student -> student.drop(course));
        em.remove(course);
    }
    // end::pitfall[]
}
