package dev.m2m.jooq;

import static dev.m2m.contract.ReadOperation.CLASSMATES_OF;
import static dev.m2m.contract.ReadOperation.COURSES_OF;
import static dev.m2m.contract.ReadOperation.COURSE_STATS;
import static dev.m2m.contract.ReadOperation.FIND_COURSE;
import static dev.m2m.contract.ReadOperation.FIND_STUDENT;
import static dev.m2m.contract.ReadOperation.GRADED_AT_LEAST;
import static dev.m2m.contract.ReadOperation.LIST_STUDENTS;
import static dev.m2m.contract.ReadOperation.ROSTER_OF;
import static dev.m2m.contract.ReadOperation.STUDENTS_IN;
import static dev.m2m.contract.ReadOperation.STUDENTS_WITHOUT_COURSES;
import static dev.m2m.contract.ReadOperation.TRANSCRIPT_OF;
import static dev.m2m.contract.WriteOperation.DELETE_COURSE;
import static dev.m2m.contract.WriteOperation.DELETE_STUDENT;
import static dev.m2m.contract.WriteOperation.DROP;
import static dev.m2m.contract.WriteOperation.ENROLL;
import static dev.m2m.contract.WriteOperation.ENROLL_ALL;
import static dev.m2m.contract.WriteOperation.GRADE;
import static java.util.Map.entry;

import dev.m2m.contract.ImplementationUnderTest;
import java.util.Map;

/**
 * How the contract builds the jOOQ registrar, and what it promises: one statement per read, the graph reads
 * included (MULTISET nests in the same statement), and Spring JDBC's counts for the writes: the same SQL.
 */
final class JooqImplementation {

    static final ImplementationUnderTest UNDER_TEST = new ImplementationUnderTest(
            "jOOQ",
            JooqRegistrar::create,
            Map.ofEntries(
                    entry(STUDENTS_IN, 1),
                    entry(COURSES_OF, 1),
                    entry(FIND_STUDENT, 1),
                    entry(FIND_COURSE, 1),
                    entry(LIST_STUDENTS, 1),
                    entry(COURSE_STATS, 1),
                    entry(CLASSMATES_OF, 1),
                    entry(STUDENTS_WITHOUT_COURSES, 1),
                    entry(TRANSCRIPT_OF, 1),
                    entry(ROSTER_OF, 1),
                    entry(GRADED_AT_LEAST, 1)),
            Map.ofEntries(
                    entry(ENROLL, 4),
                    entry(ENROLL_ALL, 4),
                    entry(DROP, 1),
                    entry(GRADE, 1),
                    entry(DELETE_STUDENT, 1),
                    entry(DELETE_COURSE, 1)));

    private JooqImplementation() {
    }
}
