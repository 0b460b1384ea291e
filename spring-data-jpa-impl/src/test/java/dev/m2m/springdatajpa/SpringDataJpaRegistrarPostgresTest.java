package dev.m2m.springdatajpa;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class SpringDataJpaRegistrarPostgresTest extends RegistrarContract {

    SpringDataJpaRegistrarPostgresTest() {
        super(TestDatabase.POSTGRES, SpringDataJpaImplementation.UNDER_TEST);
    }
}
