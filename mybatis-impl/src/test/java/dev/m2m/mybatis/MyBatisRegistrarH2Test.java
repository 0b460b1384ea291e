package dev.m2m.mybatis;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class MyBatisRegistrarH2Test extends RegistrarContract {

    MyBatisRegistrarH2Test() {
        super(TestDatabase.H2, MyBatisImplementation.UNDER_TEST);
    }
}
