package dev.m2m.springdatajdbc;

import dev.m2m.contract.SqlCaptureContract;
import java.util.function.UnaryOperator;

/** The SQL Spring Data JDBC sends, as it sends it, kept in {@code docs/sql/spring-data-jdbc}. */
class SpringDataJdbcSqlCaptureH2Test extends SqlCaptureContract {

    SpringDataJdbcSqlCaptureH2Test() {
        super(SpringDataJdbcImplementation.UNDER_TEST, "spring-data-jdbc", UnaryOperator.identity());
    }
}
