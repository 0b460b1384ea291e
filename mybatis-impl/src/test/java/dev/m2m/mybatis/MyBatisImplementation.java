package dev.m2m.mybatis;

import static dev.m2m.contract.ReadOperation.CLASSMATES_OF;
import static dev.m2m.contract.ReadOperation.COURSES_OF;
import static dev.m2m.contract.ReadOperation.COURSE_STATS;
import static dev.m2m.contract.ReadOperation.FIND_COURSE;
import static dev.m2m.contract.ReadOperation.FIND_STUDENT;
import static dev.m2m.contract.ReadOperation.LIST_STUDENTS;
import static dev.m2m.contract.ReadOperation.STUDENTS_IN;
import static dev.m2m.contract.ReadOperation.STUDENTS_WITHOUT_COURSES;

import dev.m2m.contract.ImplementationUnderTest;
import java.util.Map;

/** How the contract builds the MyBatis registrar, and what it promises: one statement per read. */
final class MyBatisImplementation {

    static final ImplementationUnderTest UNDER_TEST = new ImplementationUnderTest(
            "MyBatis",
            MyBatisRegistrar::new,
            Map.of(
                    STUDENTS_IN, 1,
                    COURSES_OF, 1,
                    FIND_STUDENT, 1,
                    FIND_COURSE, 1,
                    LIST_STUDENTS, 1,
                    COURSE_STATS, 1,
                    CLASSMATES_OF, 1,
                    STUDENTS_WITHOUT_COURSES, 1));

    private MyBatisImplementation() {
    }
}
