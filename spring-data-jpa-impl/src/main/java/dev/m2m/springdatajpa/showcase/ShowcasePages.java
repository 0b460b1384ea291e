package dev.m2m.springdatajpa.showcase;

import dev.m2m.core.StudentWithCourses;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.StudentEntity;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teaching code: a page of students with their courses, the two ways a Spring Data JPA service pages an
 * entity graph with a {@link Pageable}, each in a read-only transaction as a service method runs it.
 * {@code NaiveLoadingBenchmarks} times them beside the registrar's keyset page (one statement of rows).
 */
@Transactional(transactionManager = "transactionManager", readOnly = true)
public class ShowcasePages {

    private final ShowcaseStudentRepository students;

    ShowcasePages(ShowcaseStudentRepository students) {
        this.students = students;
    }

    // tag::pages[]
    /** A Pageable on an entity graph: the page cut in a derived table, and Spring Data's count query. */
    public List<StudentWithCourses> pageOfEntityGraph(Pageable pageable) {
        return withCourses(students.findPageWithCoursesBy(pageable).getContent());
    }

    /** A page of ids (and its count), then those students with their courses: no limit on the fetch. */
    public List<StudentWithCourses> pageOfIdsThenGraph(Pageable pageable) {
        var ids = students.findIdPage(pageable).getContent();
        return withCourses(students.findByIdIn(ids, pageable.getSort()));
    }
    // end::pages[]

    /** Students to records, courses in the mapping's order (name, then id). */
    static List<StudentWithCourses> withCourses(List<StudentEntity> page) {
        return page.stream()
                .map(student -> new StudentWithCourses(student.toStudent(),
                        student.getCourses().stream().map(CourseEntity::toCourse).toList()))
                .toList();
    }
}
