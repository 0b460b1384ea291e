package dev.m2m.jdbc;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class JdbcRegistrarPostgresTest extends RegistrarContract {

    JdbcRegistrarPostgresTest() {
        super(TestDatabase.POSTGRES, JdbcImplementation.UNDER_TEST);
    }
}
