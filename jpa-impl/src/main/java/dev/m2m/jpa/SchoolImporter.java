package dev.m2m.jpa;

import dev.m2m.core.Approach;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bulk load on Hibernate, as its user guide's "batch inserts" chapter has it: persist, and every
 * {@link SchoolImport#BATCH_SIZE} entities flush (the queued inserts leave in JDBC batches of as many,
 * {@link HibernateSetup#JDBC_BATCH_SIZE}) and clear (the persistence context stays small, so each flush
 * has little to check).
 *
 * <p>What batches and what cannot: the {@code enrollment} rows of the students' {@code @ManyToMany}
 * collections go in JDBC batches. Student and course rows go one statement each, because their ids
 * are {@code IDENTITY} columns: Hibernate must run each insert at once to learn the id, and so cannot
 * batch them. A sequence (with a pooled optimizer) would let it batch those too; the shared schema
 * uses identity columns, as the other approaches expect. A {@code StatelessSession} would not help:
 * it ignores collections, so the links, the point of the exercise, would not be written.
 */
final class SchoolImporter implements Approach.SchoolImporter {

    private final EntityManager em;

    SchoolImporter(EntityManager em) {
        this.em = em;
    }

    // tag::import[]
    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        List<Long> courseIds = insertCourses(school.courses());
        Map<Long, CourseEntity> courses = readBack(courseIds);
        List<List<Integer>> coursesByStudent = coursesByStudent(school);
        var studentIds = new ArrayList<Long>(school.studentNames().size());
        for (int s = 0; s < school.studentNames().size(); s++) {
            var student = new StudentEntity(school.studentNames().get(s));
            for (int c : coursesByStudent.get(s)) {
                student.enroll(courses.get(courseIds.get(c)));
            }
            em.persist(student);
            studentIds.add(student.getId());
            if ((s + 1) % SchoolImport.BATCH_SIZE == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        return new ImportedSchool(studentIds, courseIds);
    }
    // end::import[]

    private List<Long> insertCourses(List<NewCourse> newCourses) {
        var ids = new ArrayList<Long>(newCourses.size());
        for (NewCourse newCourse : newCourses) {
            var course = new CourseEntity(newCourse.name(), newCourse.capacity());
            try {
                em.persist(course); // an IDENTITY insert runs here, at once: a taken name fails on its own row
            } catch (PersistenceException e) {
                if (ConstraintViolations.isUniqueViolation(e)) {
                    throw new DuplicateCourseNameException(newCourse.name());
                }
                throw e;
            }
            ids.add(course.getId());
        }
        em.flush();
        em.clear();
        return ids;
    }

    // Read back rather than reuse the new instances: a new entity's inverse collection counts as loaded
    // (it is new, hence empty), so StudentEntity#enroll would add every student to it, and the largest
    // course would collect tens of thousands. A course read from the database has it lazy, and the
    // helper leaves a lazy side alone. One query per batch of courses.
    private Map<Long, CourseEntity> readBack(List<Long> ids) {
        var courses = new HashMap<Long, CourseEntity>(ids.size() * 2);
        for (List<Long> batch : SchoolImport.inBatches(ids)) {
            em.createQuery("SELECT c FROM Course c WHERE c.id IN :ids", CourseEntity.class)
                    .setParameter("ids", batch)
                    .getResultList()
                    .forEach(course -> courses.put(course.getId(), course));
        }
        return courses;
    }

    private static List<List<Integer>> coursesByStudent(SchoolImport school) {
        var byStudent = new ArrayList<List<Integer>>(school.studentNames().size());
        for (int s = 0; s < school.studentNames().size(); s++) {
            byStudent.add(new ArrayList<>(4));
        }
        for (Link link : school.links()) {
            byStudent.get(link.student()).add(link.course());
        }
        return byStudent;
    }
}
