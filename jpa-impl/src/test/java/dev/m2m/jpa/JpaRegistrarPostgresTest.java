package dev.m2m.jpa;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class JpaRegistrarPostgresTest extends RegistrarContract {

    JpaRegistrarPostgresTest() {
        super(TestDatabase.POSTGRES, JpaImplementation.UNDER_TEST);
    }
}
