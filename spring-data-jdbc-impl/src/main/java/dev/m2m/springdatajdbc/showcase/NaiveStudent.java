package dev.m2m.springdatajdbc.showcase;

import dev.m2m.springdatajdbc.mapping.CourseAggregate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The student with links that hold only their course: the mapping to compare with the registrar's. */
@Table("student")
public class NaiveStudent {

    @Id
    private final Long id;
    private final String name;
    @MappedCollection(idColumn = "student_id")
    private final Set<CourseRef> courses;

    @PersistenceCreator
    NaiveStudent(Long id, String name, Set<CourseRef> courses) {
        this.id = id;
        this.name = name;
        this.courses = new HashSet<>(courses);
    }

    public Long getId() {
        return id;
    }

    public void enroll(long courseId) {
        courses.add(new CourseRef(AggregateReference.<CourseAggregate, Long>to(courseId)));
    }
}
