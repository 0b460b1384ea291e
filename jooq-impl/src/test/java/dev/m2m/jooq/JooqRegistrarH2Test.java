package dev.m2m.jooq;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class JooqRegistrarH2Test extends RegistrarContract {

    JooqRegistrarH2Test() {
        super(TestDatabase.H2, JooqImplementation.UNDER_TEST);
    }
}
