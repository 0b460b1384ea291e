package dev.m2m.jooq;

import dev.m2m.contract.SqlCaptureContract;
import dev.m2m.jooq.showcase.FlatJoinReads;
import org.junit.jupiter.api.Test;

/**
 * The SQL jOOQ renders for H2, kept in {@code docs/sql/jooq}: MULTISET becomes {@code json_arrayagg}; the
 * flat joins of the showcase beside it.
 */
class JooqSqlCaptureH2Test extends SqlCaptureContract {

    JooqSqlCaptureH2Test() {
        super(JooqImplementation.UNDER_TEST, "jooq", SqlLayout.FORMATTED);
    }

    @Test
    void findStudentAsAFlatJoin() {
        var flat = new FlatJoinReads(countedDataSource());
        capture("findStudentAsAFlatJoin", "findStudent(bob) as a flat join", () -> flat.findStudent(school.bob().id()));
    }

    @Test
    void listStudentsAsAFlatJoin() {
        var flat = new FlatJoinReads(countedDataSource());
        capture("listStudentsAsAFlatJoin", "listStudents(0, 2) as a flat join", () -> flat.listStudents(0, 2));
    }
}
