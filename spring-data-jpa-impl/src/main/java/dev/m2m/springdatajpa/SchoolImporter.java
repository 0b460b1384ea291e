package dev.m2m.springdatajpa;

import dev.m2m.core.Approach;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.core.SchoolImport;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.StudentEntity;
import dev.m2m.springdatajpa.mapping.CourseRepository;
import dev.m2m.springdatajpa.mapping.StudentRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk load through the repositories: {@code saveAll} a batch of students with their courses, flush,
 * clear, and on to the next batch. What {@code saveAll} cannot do with {@code IDENTITY} ids: batch the
 * student and course inserts. Hibernate must run each insert at once to learn its id, so they go one
 * statement each, exactly as in jpa-impl; only the links (the students' collections) leave in JDBC
 * batches, at each flush. {@code saveAll} is a loop of {@code save}, nothing more.
 */
// the transaction manager named, not found: see SpringDataJpaConfiguration#transactionManager
@Transactional(transactionManager = "transactionManager")
class SchoolImporter implements Approach.SchoolImporter {

    private final StudentRepository students;
    private final CourseRepository courses;
    private final EntityManager em;

    /** @param em Spring's shared EntityManager: the one of the current transaction, to clear between batches */
    SchoolImporter(StudentRepository students, CourseRepository courses, EntityManager em) {
        this.students = students;
        this.courses = courses;
        this.em = em;
    }

    // tag::import[]
    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        List<Long> courseIds = insertCourses(school.courses());
        Map<Long, CourseEntity> byId = readBack(courseIds);
        List<List<Integer>> coursesByStudent = coursesByStudent(school);
        var studentIds = new ArrayList<Long>(school.studentNames().size());
        var batch = new ArrayList<StudentEntity>(SchoolImport.BATCH_SIZE);
        for (int s = 0; s < school.studentNames().size(); s++) {
            var student = new StudentEntity(school.studentNames().get(s));
            for (int c : coursesByStudent.get(s)) {
                student.enroll(byId.get(courseIds.get(c)));
            }
            batch.add(student);
            if (batch.size() == SchoolImport.BATCH_SIZE || s == school.studentNames().size() - 1) {
                students.saveAll(batch).forEach(saved -> studentIds.add(saved.getId()));
                students.flush(); // the links leave, in JDBC batches
                em.clear();       // and the persistence context stays small
                batch.clear();
            }
        }
        return new ImportedSchool(studentIds, courseIds);
    }
    // end::import[]

    private List<Long> insertCourses(List<NewCourse> newCourses) {
        var ids = new ArrayList<Long>(newCourses.size());
        for (NewCourse newCourse : newCourses) {
            try {
                // an IDENTITY insert runs here, at once: a taken name fails on its own row
                ids.add(courses.save(new CourseEntity(newCourse.name(), newCourse.capacity())).getId());
            } catch (DataIntegrityViolationException e) {
                if (ConstraintViolations.isUniqueViolation(e)) {
                    throw new DuplicateCourseNameException(newCourse.name());
                }
                throw e;
            }
        }
        em.clear();
        return ids;
    }

    // Read back rather than reuse the new instances: a new entity's inverse collection counts as loaded (it
    // is new, hence empty), so StudentEntity#enroll would add every student to it. One query per batch.
    private Map<Long, CourseEntity> readBack(List<Long> ids) {
        var byId = new HashMap<Long, CourseEntity>(ids.size() * 2);
        for (List<Long> batch : SchoolImport.inBatches(ids)) {
            courses.findByIdIn(batch).forEach(course -> byId.put(course.getId(), course));
        }
        return byId;
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
