package dev.m2m.springdatajdbc.showcase;

import dev.m2m.springdatajdbc.mapping.CourseAggregate;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

// tag::naive[]
/**
 * The link as most examples map a many-to-many in Spring Data JDBC: the course's id and nothing else. The
 * row's other columns ({@code enrolled_at}, {@code grade}) are not in the aggregate, so they are not written
 * back when the student is saved and its links are inserted again.
 */
@Table("enrollment")
public record CourseRef(@Column("course_id") AggregateReference<CourseAggregate, Long> course) {
}
// end::naive[]
