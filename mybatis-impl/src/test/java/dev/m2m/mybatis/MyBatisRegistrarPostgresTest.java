package dev.m2m.mybatis;

import dev.m2m.contract.RegistrarContract;
import dev.m2m.contract.TestDatabase;

class MyBatisRegistrarPostgresTest extends RegistrarContract {

    MyBatisRegistrarPostgresTest() {
        super(TestDatabase.POSTGRES, MyBatisImplementation.UNDER_TEST);
    }
}
