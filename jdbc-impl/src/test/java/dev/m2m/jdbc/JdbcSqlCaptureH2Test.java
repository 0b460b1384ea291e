package dev.m2m.jdbc;

import dev.m2m.contract.SqlCaptureContract;
import java.util.function.UnaryOperator;

/** The SQL Spring JDBC sends, as written in the source, kept in {@code docs/sql/jdbc}. */
class JdbcSqlCaptureH2Test extends SqlCaptureContract {

    JdbcSqlCaptureH2Test() {
        super(JdbcImplementation.UNDER_TEST, "jdbc", UnaryOperator.identity());
    }
}
