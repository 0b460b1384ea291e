package dev.m2m.jpa;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class JpaRegistrarH2Test extends RegistrarContract {

    JpaRegistrarH2Test() {
        super(TestDatabase.H2, JpaImplementation.UNDER_TEST);
    }
}
