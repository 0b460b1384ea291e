package dev.m2m.springdatajdbc;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class SpringDataJdbcRegistrarPostgresTest extends RegistrarContract {

    SpringDataJdbcRegistrarPostgresTest() {
        super(TestDatabase.POSTGRES, SpringDataJdbcImplementation.UNDER_TEST);
    }
}
