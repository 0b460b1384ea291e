package dev.m2m.springdatajdbc;

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
 * How the contract builds the Spring Data JDBC registrar, and what it promises: one statement per read, and a
 * fixed count per write, whatever the number of links.
 */
final class SpringDataJdbcImplementation {

    static final ImplementationUnderTest UNDER_TEST = new ImplementationUnderTest(
            "Spring Data JDBC",
            SpringDataJdbcRegistrar::create,
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
                    entry(ENROLL, 7),
                    entry(ENROLL_ALL, 7),
                    entry(DROP, 6),
                    entry(GRADE, 6),
                    entry(DELETE_STUDENT, 5),
                    entry(DELETE_COURSE, 2)));

    private SpringDataJdbcImplementation() {
    }
}
