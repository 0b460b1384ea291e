package dev.m2m.springdatajdbc;

import dev.m2m.core.Approach;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.core.SchoolImport;
import dev.m2m.springdatajdbc.mapping.CourseAggregate;
import dev.m2m.springdatajdbc.mapping.CourseRepository;
import dev.m2m.springdatajdbc.mapping.StudentAggregate;
import dev.m2m.springdatajdbc.mapping.StudentRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk load through the repositories: the courses saved in batches, then the students, each aggregate
 * with its links, in batches. A course name taken before the import is found by a query; one taken by a
 * concurrent call while the import runs makes the courses' insert fail, which is rolled back to a
 * savepoint so that the name can be looked up and reported.
 */
// the transaction manager named, not found: see SpringDataJdbcConfiguration#transactionManager
@Transactional(transactionManager = "transactionManager")
class SchoolImporter implements Approach.SchoolImporter {

    private final StudentRepository students;
    private final CourseRepository courses;
    private final TransactionTemplate savepoint;

    SchoolImporter(StudentRepository students, CourseRepository courses, PlatformTransactionManager transactions) {
        this.students = students;
        this.courses = courses;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    // tag::import[]
    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        var courseIds = new ArrayList<Long>(school.courses().size());
        for (List<NewCourse> batch : SchoolImport.inBatches(school.courses())) {
            insertCourses(batch).forEach(course -> courseIds.add(course.getId()));
        }
        var aggregates = new ArrayList<StudentAggregate>(school.studentNames().size());
        school.studentNames().forEach(name -> aggregates.add(StudentAggregate.create(name)));
        for (Link link : school.links()) {
            aggregates.get(link.student()).enroll(courseIds.get(link.course()));
        }
        var studentIds = new ArrayList<Long>(aggregates.size());
        for (List<StudentAggregate> batch : batchesOfStudentsAndLinks(aggregates)) {
            students.saveAll(batch).forEach(student -> studentIds.add(student.getId()));
        }
        return new ImportedSchool(studentIds, courseIds);
    }
    // end::import[]

    private List<CourseAggregate> insertCourses(List<NewCourse> batch) {
        requireFreeNames(batch);
        try {
            return savepoint.execute(status -> courses.saveAll(batch.stream()
                    .map(course -> CourseAggregate.create(course.name(), course.capacity()))
                    .toList()));
        } catch (DuplicateKeyException e) {
            // rolled back to the savepoint: the transaction can still ask which name a concurrent call took
            requireFreeNames(batch);
            throw e;
        }
    }

    /**
     * saveAll sends the students of a call as one JDBC batch and all of their links as another: the students
     * are cut so that neither batch holds more than {@link SchoolImport#BATCH_SIZE} rows.
     */
    private static List<List<StudentAggregate>> batchesOfStudentsAndLinks(List<StudentAggregate> aggregates) {
        var batches = new ArrayList<List<StudentAggregate>>();
        var batch = new ArrayList<StudentAggregate>();
        int links = 0;
        for (StudentAggregate student : aggregates) {
            int own = student.getEnrollments().size();
            boolean full = batch.size() == SchoolImport.BATCH_SIZE || links + own > SchoolImport.BATCH_SIZE;
            if (!batch.isEmpty() && full) {
                batches.add(batch);
                batch = new ArrayList<>();
                links = 0;
            }
            batch.add(student);
            links += own;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** Throws for the first course, in the import's order, whose name is taken. */
    private void requireFreeNames(List<NewCourse> batch) {
        Set<String> taken = new HashSet<>(courses.findTakenNames(batch.stream().map(NewCourse::name).toList()));
        for (NewCourse course : batch) {
            if (taken.contains(course.name())) {
                throw new DuplicateCourseNameException(course.name());
            }
        }
    }
}
