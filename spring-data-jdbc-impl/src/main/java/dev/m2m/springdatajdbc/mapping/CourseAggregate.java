package dev.m2m.springdatajdbc.mapping;

import dev.m2m.core.Course;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The course, an aggregate of its own. It knows nothing of its students: in Spring Data JDBC an aggregate
 * reaches another only by id, and the link rows belong to the student's aggregate
 * ({@link StudentAggregate#enrollments}).
 */
@Table("course")
public class CourseAggregate {

    @Id
    private Long id;
    private final String name;
    private final int capacity;

    @PersistenceCreator
    CourseAggregate(Long id, String name, int capacity) {
        this.id = id;
        this.name = name;
        this.capacity = capacity;
    }

    public static CourseAggregate create(String name, int capacity) {
        return new CourseAggregate(null, name, capacity);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    public Course toCourse() {
        return new Course(id, name, capacity);
    }
}
