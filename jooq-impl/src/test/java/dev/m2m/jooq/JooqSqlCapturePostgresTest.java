package dev.m2m.jooq;

import dev.m2m.contract.SqlCaptureContract;
import dev.m2m.contract.TestDatabase;

/**
 * The SQL jOOQ renders for PostgreSQL from the same code, kept in {@code docs/sql/jooq-postgresql}: MULTISET
 * becomes {@code json_agg} (the registrar's setting; jOOQ's default there is {@code jsonb_agg}), a generated id comes back by {@code RETURNING}.
 */
class JooqSqlCapturePostgresTest extends SqlCaptureContract {

    JooqSqlCapturePostgresTest() {
        super(JooqImplementation.UNDER_TEST, TestDatabase.POSTGRES, "jooq-postgresql", SqlLayout.FORMATTED);
    }
}
