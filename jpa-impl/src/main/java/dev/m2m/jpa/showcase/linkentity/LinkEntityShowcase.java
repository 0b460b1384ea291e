package dev.m2m.jpa.showcase.linkentity;

import dev.m2m.core.Course;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.Student;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The link-entity mapping at work: the writes and the read of chapter 9, each in a transaction of its own.
 * Teaching code: it shows what each write sends, and leaves out what the registrar adds around the same
 * statements (argument checks, the locks that hold capacity, translated exceptions).
 */
public final class LinkEntityShowcase implements AutoCloseable {

    private final EntityManagerFactory factory;

    public LinkEntityShowcase(DataSource dataSource) {
        this.factory = new HibernatePersistenceConfiguration("link-entity")
                .managedClasses(StudentEntity.class, CourseEntity.class, EnrollmentEntity.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
    }

    // tag::enroll[]
    /** One INSERT: the two ends are references (ids, nothing loaded), and the link is persisted itself. */
    public void enroll(long studentId, long courseId) {
        factory.runInTransaction(em -> em.persist(new EnrollmentEntity(
                em.getReference(StudentEntity.class, studentId), em.getReference(CourseEntity.class, courseId))));
    }

    /**
     * The same link through the student's helper, as code that works on loaded entities would add it: the
     * student and its links in one join, then the INSERT, cascaded from the student's set.
     */
    public void enrollThroughTheStudent(long studentId, long courseId) {
        factory.runInTransaction(em -> studentWithLinks(em, studentId)
                .enroll(em.getReference(CourseEntity.class, courseId)));
    }
    // end::enroll[]

    // tag::grade[]
    /** The link found by its key and changed; dirty checking writes the grade alone. */
    public void grade(long studentId, long courseId, Grade grade) {
        factory.runInTransaction(em -> em.find(EnrollmentEntity.class, new EnrollmentId(studentId, courseId))
                .setGrade(grade.points()));
    }
    // end::grade[]

    // tag::drop[]
    /** Through the student's collection: the student and its links in one join, then one DELETE. */
    public boolean drop(long studentId, long courseId) {
        return factory.callInTransaction(em -> studentWithLinks(em, studentId)
                .drop(em.getReference(CourseEntity.class, courseId)));
    }

    private static StudentEntity studentWithLinks(EntityManager em, long studentId) {
        return em.createQuery("""
                        select s from LinkEntityStudent s
                        left join fetch s.enrollments
                        where s.id = :id""", StudentEntity.class)
                .setParameter("id", studentId)
                .getSingleResult();
    }
    // end::drop[]

    // tag::transcript[]
    /** A student's links with both ends, from one statement: the link entity is the root of the query. */
    public List<Enrollment> transcriptOf(long studentId) {
        return factory.callInTransaction(em -> em.createQuery("""
                        select e from LinkEntityEnrollment e
                        join fetch e.student
                        join fetch e.course c
                        where e.student.id = :id
                        order by c.name""", EnrollmentEntity.class)
                .setParameter("id", studentId)
                .getResultStream()
                .map(LinkEntityShowcase::toEnrollment)
                .toList());
    }
    // end::transcript[]

    private static Enrollment toEnrollment(EnrollmentEntity link) {
        var student = link.getStudent();
        var course = link.getCourse();
        return new Enrollment(new Student(student.getId(), student.getName()),
                new Course(course.getId(), course.getName(), course.getCapacity()),
                link.getEnrolledAt(), link.getGrade() == null ? null : Grade.of(link.getGrade()));
    }

    @Override
    public void close() {
        factory.close();
    }
}
