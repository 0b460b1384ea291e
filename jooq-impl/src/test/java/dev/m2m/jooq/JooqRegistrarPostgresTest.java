package dev.m2m.jooq;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class JooqRegistrarPostgresTest extends RegistrarContract {

    JooqRegistrarPostgresTest() {
        super(TestDatabase.POSTGRES, JooqImplementation.UNDER_TEST);
    }
}
