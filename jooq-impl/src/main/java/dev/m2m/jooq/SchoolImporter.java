package dev.m2m.jooq;

import static dev.m2m.jooq.schema.Tables.COURSE;
import static dev.m2m.jooq.schema.Tables.ENROLLMENT;
import static dev.m2m.jooq.schema.Tables.STUDENT;
import static org.jooq.impl.DSL.row;

import dev.m2m.core.Approach;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.exception.DataAccessException;

/**
 * The bulk load on jOOQ, {@link SchoolImport#BATCH_SIZE} rows a round trip. The links need the ids the
 * database gives the students and courses, and jOOQ's batch API returns none: students go as multi-row
 * {@code INSERT ... RETURNING id}; courses through the batch API, their ids then selected by their unique
 * names ({@link #insertCourses} says why). The links, which need nothing back, go through the batch API,
 * one statement bound once per link. Runs inside the caller's transaction.
 */
final class SchoolImporter implements Approach.SchoolImporter {

    private final DSLContext dsl;

    SchoolImporter(DSLContext dsl) {
        this.dsl = dsl;
    }

    // tag::import[]
    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        var studentIds = new ArrayList<Long>(school.studentNames().size());
        for (List<String> names : SchoolImport.inBatches(school.studentNames())) {
            studentIds.addAll(inOrder(dsl.insertInto(STUDENT, STUDENT.NAME)
                    .valuesOfRows(names.stream().map(name -> row(name)).toList())
                    .returningResult(STUDENT.ID)
                    .fetch()));
        }
        List<Long> courseIds = insertCourses(school.courses());
        for (List<Link> links : SchoolImport.inBatches(school.links())) {
            var batch = dsl.batch(dsl.insertInto(ENROLLMENT, ENROLLMENT.STUDENT_ID, ENROLLMENT.COURSE_ID)
                    .values((Long) null, (Long) null));
            for (Link link : links) {
                batch = batch.bind(studentIds.get(link.student()), courseIds.get(link.course()));
            }
            batch.execute();
        }
        return new ImportedSchool(studentIds, courseIds);
    }
    // end::import[]

    /**
     * The ids of one multi-row insert in the order of its rows. An identity column numbers a statement's rows
     * in the order they are inserted, increasing, but no database promises the order in which RETURNING (or
     * H2's FINAL TABLE) hands them back: sorted, they line up with the rows whatever the order.
     */
    private static List<Long> inOrder(List<Record1<Long>> ids) {
        return ids.stream().map(Record1::value1).sorted().toList();
    }

    /**
     * The names are checked first, and the unique constraint has the last word: a name that a concurrent
     * call takes between the check and the insert fails the statement, which does not say which row failed.
     * So the inserts run after a savepoint; when one fails on a key, the transaction goes back to the
     * savepoint (PostgreSQL accepts no statement in a failed transaction otherwise) and looks again.
     *
     * <p>Not one multi-row insert, as for the students: on H2 2.5, a multi-row {@code INSERT} (with or without
     * {@code RETURNING}) that met another transaction's uncommitted insert of the same name failed on a row of
     * its own, as if H2's retry of the statement collided with its first attempt (the contract's race, about
     * one round in 200), and no name could be reported. A batch sends one single-row statement per course,
     * which H2 retries cleanly; course names are unique, so the ids come back by name.
     */
    private List<Long> insertCourses(List<NewCourse> courses) {
        requireFreeNames(courses);
        return dsl.connectionResult(connection -> {
            Savepoint beforeCourses = connection.setSavepoint();
            try {
                var ids = new ArrayList<Long>(courses.size());
                for (List<NewCourse> someCourses : SchoolImport.inBatches(courses)) {
                    var batch = dsl.batch(dsl.insertInto(COURSE, COURSE.NAME, COURSE.CAPACITY)
                            .values((String) null, (Integer) null));
                    for (NewCourse course : someCourses) {
                        batch = batch.bind(course.name(), course.capacity());
                    }
                    batch.execute();
                    Map<String, Long> idsByName = dsl.select(COURSE.NAME, COURSE.ID)
                            .from(COURSE)
                            .where(COURSE.NAME.in(someCourses.stream().map(NewCourse::name).toList()))
                            .fetchMap(COURSE.NAME, COURSE.ID);
                    someCourses.forEach(course -> ids.add(idsByName.get(course.name())));
                }
                connection.releaseSavepoint(beforeCourses);
                return ids;
            } catch (DataAccessException e) {
                if (!ConstraintViolations.isUniqueViolation(e)) {
                    throw e;
                }
                connection.rollback(beforeCourses);
                requireFreeNames(courses); // names the course taken meanwhile
                throw e;
            }
        });
    }

    /**
     * A failed insert does not say which row failed, so the names are looked up first, a batch of them per
     * query, and the first taken one in the import's order is reported (the query's rows come in no promised
     * order).
     */
    private void requireFreeNames(List<NewCourse> courses) {
        for (List<NewCourse> someCourses : SchoolImport.inBatches(courses)) {
            var names = someCourses.stream().map(NewCourse::name).toList();
            Set<String> taken = Set.copyOf(dsl.select(COURSE.NAME).from(COURSE).where(COURSE.NAME.in(names))
                    .fetch(COURSE.NAME));
            names.stream().filter(taken::contains).findFirst().ifPresent(name -> {
                throw new DuplicateCourseNameException(name);
            });
        }
    }
}
