package dev.m2m.springdatajpa.showcase;

import dev.m2m.core.Student;
import dev.m2m.jpa.mapping.StudentEntity;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teaching code: {@code studentsIn} as most Spring Data users write it first, a derived query across the
 * association in a read-only service method. One statement, as the registrar's, but it returns managed
 * entities (each put in the persistence context) where the registrar's {@code @Query} returns a DTO, and an
 * empty list for an unknown course as for an empty one. {@code StudentsInBenchmarks} times it beside the
 * registrar's.
 */
@Transactional(transactionManager = "transactionManager", readOnly = true)
public class DerivedQueryReads {

    private final ShowcaseStudentRepository students;

    DerivedQueryReads(ShowcaseStudentRepository students) {
        this.students = students;
    }

    // tag::students-in[]
    /** The students of the course of that name, by name then id; none for a course that does not exist. */
    public List<Student> studentsIn(String courseName) {
        return students.findByCourses_NameOrderByNameAscIdAsc(courseName).stream()
                .map(StudentEntity::toStudent)
                .toList();
    }
    // end::students-in[]
}
