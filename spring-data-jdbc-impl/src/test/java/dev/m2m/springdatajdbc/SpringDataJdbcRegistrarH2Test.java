package dev.m2m.springdatajdbc;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class SpringDataJdbcRegistrarH2Test extends RegistrarContract {

    SpringDataJdbcRegistrarH2Test() {
        super(TestDatabase.H2, SpringDataJdbcImplementation.UNDER_TEST);
    }
}
