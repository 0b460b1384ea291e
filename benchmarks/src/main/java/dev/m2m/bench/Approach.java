package dev.m2m.bench;

import dev.m2m.jdbc.JdbcRegistrar;
import dev.m2m.jpa.JpaRegistrar;
import dev.m2m.mybatis.MyBatisRegistrar;
import java.util.function.Function;
import javax.sql.DataSource;

/** The approaches measured, the plain JDBC floor first. */
public enum Approach {
    /** Only java.sql: the same SQL, records and transactions, with nothing in between. */
    PLAIN_JDBC(PlainJdbcWorkload::new),
    JDBC(dataSource -> new RegistrarWorkload(new JdbcRegistrar(dataSource))),
    JPA(dataSource -> new RegistrarWorkload(new JpaRegistrar(dataSource))),
    MYBATIS(dataSource -> new RegistrarWorkload(new MyBatisRegistrar(dataSource)));

    private final Function<DataSource, Workload> factory;

    Approach(Function<DataSource, Workload> factory) {
        this.factory = factory;
    }

    Workload open(DataSource dataSource) {
        return factory.apply(dataSource);
    }
}
