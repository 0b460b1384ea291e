package dev.m2m.springdatajpa;

import dev.m2m.contract.SqlCaptureContract;
import org.hibernate.engine.jdbc.internal.FormatStyle;

/**
 * The SQL Hibernate generates for Spring Data JPA's repositories, laid out by Hibernate's own formatter, kept
 * in {@code docs/sql/spring-data-jpa}.
 */
class SpringDataJpaSqlCaptureH2Test extends SqlCaptureContract {

    SpringDataJpaSqlCaptureH2Test() {
        super(SpringDataJpaImplementation.UNDER_TEST, "spring-data-jpa", FormatStyle.BASIC.getFormatter()::format);
    }
}
