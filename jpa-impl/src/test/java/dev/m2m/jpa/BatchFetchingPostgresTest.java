package dev.m2m.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.SampleSchool;
import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chapter 6's {@code @BatchSize} on PostgreSQL, whose dialect binds a list of ids as one array: the same
 * count as on H2 ({@link LoadingPitfallsH2Test}), but {@code = any(?)} instead of a padded list of placeholders.
 */
class BatchFetchingPostgresTest {

    @Test
    void shouldBindEachBatchOfIdsAsOneArrayParameter() {
        var database = TestDatabase.POSTGRES;
        database.clean(database.dataSource());
        try (var registrar = JpaRegistrar.create(database.dataSource())) {
            SampleSchool.create(registrar, 10, 4, 2);
        }
        var statements = new StatementRecorder();
        try (var hibernate = HibernateForTests.start(statements.wrap(database.dataSource()), Map.of(),
                List.of(BatchSizeStudentEntity.class)); var em = hibernate.createEntityManager()) {
            statements.reset();

            var sizes = em.createQuery("select s from BatchSizeStudent s order by s.id", BatchSizeStudentEntity.class)
                    .getResultList().stream().map(student -> student.courses().size()).toList();

            assertThat(sizes).hasSize(12).containsOnly(2, 0);
            assertThat(statements.count()).isEqualTo(1 + 3);
            assertThat(statements.statements().get(1).sql().get(0)).endsWith("where c1_0.student_id = any (?)");
        }
    }
}
