package dev.m2m.bench.workload;

import dev.m2m.core.Student;
import dev.m2m.springdatajpa.SpringDataJpaRegistrar;
import dev.m2m.springdatajpa.showcase.DerivedQueryReads;
import dev.m2m.springdatajpa.showcase.SpringDataShowcase;
import java.util.List;
import javax.sql.DataSource;

/**
 * Spring Data JPA with {@code studentsIn} as the derived query across the association
 * ({@link DerivedQueryReads}: entities, then records) instead of the registrar's {@code @Query} with a DTO
 * projection. Everything else is the Spring Data JPA registrar's. The benchmark's courses all exist, so the
 * derived query's empty answer for an unknown course never stands in for the registrar's exception here.
 */
final class SpringDataJpaDerivedQueryWorkload extends RegistrarWorkload {

    private final SpringDataShowcase showcase;
    private final DerivedQueryReads derived;

    SpringDataJpaDerivedQueryWorkload(DataSource dataSource) {
        super(SpringDataJpaRegistrar.create(dataSource));
        this.showcase = new SpringDataShowcase(dataSource);
        this.derived = showcase.derivedQueryReads();
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        return derived.studentsIn(courseName);
    }

    @Override
    public void close() {
        showcase.close();
        super.close();
    }
}
