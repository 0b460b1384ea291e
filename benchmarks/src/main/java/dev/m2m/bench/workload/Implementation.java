package dev.m2m.bench.workload;

import dev.m2m.jdbc.JdbcRegistrar;
import dev.m2m.jooq.JooqRegistrar;
import dev.m2m.jpa.JpaRegistrar;
import dev.m2m.mybatis.MyBatisRegistrar;
import dev.m2m.springdatajdbc.SpringDataJdbcRegistrar;
import dev.m2m.springdatajpa.SpringDataJpaRegistrar;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * What a benchmark's {@code approach} parameter picks: the implementations measured, the plain JDBC floor
 * first (named apart from core's {@code dev.m2m.core.Approach}, which is how a module becomes a registrar).
 * Five are not registrars of their own: the one-round-trip limit below the floor, and four registrars with
 * some reads done another way, to time that way beside them (MyBatis's graph reads from flat rows, Spring
 * Data JPA's {@code studentsIn} as a derived query, jOOQ's graph reads as flat joins or rendered once).
 */
public enum Implementation {
    /** Only java.sql: the same SQL, records and transactions, with nothing in between. */
    PLAIN_JDBC(dataSource -> new PlainJdbcWorkload(dataSource, false)),
    /**
     * The limit below the floor: each read as its one statement in auto-commit, one round trip with no
     * transaction around it. Its writes are the floor's. On a database across a network the gap between
     * this and the floor is what a transaction per call costs.
     */
    ONE_ROUND_TRIP(dataSource -> new PlainJdbcWorkload(dataSource, true)),
    JDBC(dataSource -> new RegistrarWorkload(JdbcRegistrar.create(dataSource))),
    JPA(dataSource -> new RegistrarWorkload(JpaRegistrar.create(dataSource))),
    MYBATIS(dataSource -> new RegistrarWorkload(MyBatisRegistrar.create(dataSource))),
    /** MyBatis with findStudent and listStudents from flat rows folded by a ResultHandler; the rest as MYBATIS. */
    MYBATIS_FLAT_ROWS(MyBatisFlatRowsWorkload::new),
    SPRING_DATA_JPA(dataSource -> new RegistrarWorkload(SpringDataJpaRegistrar.create(dataSource))),
    /** Spring Data JPA with studentsIn as a derived query across the join, returning entities; the rest as SPRING_DATA_JPA. */
    SPRING_DATA_JPA_DERIVED_QUERY(SpringDataJpaDerivedQueryWorkload::new),
    SPRING_DATA_JDBC(dataSource -> new RegistrarWorkload(SpringDataJdbcRegistrar.create(dataSource))),
    /** jOOQ, its graph reads nesting the other side with MULTISET. */
    JOOQ(dataSource -> new RegistrarWorkload(JooqRegistrar.create(dataSource))),
    /** jOOQ with findStudent, findCourse and listStudents as flat joins folded by hand; the rest as JOOQ. */
    JOOQ_FLAT_JOIN(JooqFlatJoinWorkload::new),
    /** jOOQ with the same three MULTISET reads as JOOQ, their SQL rendered once and cached; the rest as JOOQ. */
    JOOQ_RENDERED_ONCE(JooqRenderedOnceWorkload::new);

    private final Function<DataSource, Workload> factory;

    Implementation(Function<DataSource, Workload> factory) {
        this.factory = factory;
    }

    public Workload open(DataSource dataSource) {
        return factory.apply(dataSource);
    }
}
