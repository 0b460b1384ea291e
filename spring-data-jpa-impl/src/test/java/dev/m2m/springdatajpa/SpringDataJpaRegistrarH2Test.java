package dev.m2m.springdatajpa;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class SpringDataJpaRegistrarH2Test extends RegistrarContract {

    SpringDataJpaRegistrarH2Test() {
        super(TestDatabase.H2, SpringDataJpaImplementation.UNDER_TEST);
    }
}
