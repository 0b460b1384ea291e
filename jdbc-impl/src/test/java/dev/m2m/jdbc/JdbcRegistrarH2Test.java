package dev.m2m.jdbc;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class JdbcRegistrarH2Test extends RegistrarContract {

    JdbcRegistrarH2Test() {
        super(TestDatabase.H2, JdbcImplementation.UNDER_TEST);
    }
}
