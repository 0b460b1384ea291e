package dev.m2m.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.jdbc.JdbcRegistrar;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The floor does the same work as the approaches it is compared with: on the generated school, every
 * benchmarked read returns exactly what the Spring JDBC registrar returns, and the writes leave the
 * same links behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainJdbcFloorH2Test {

    private BenchDatabase database;
    private Workload floor;
    private Workload registrar;

    @BeforeAll
    void loadTheSchool() throws Exception {
        database = BenchDatabase.open(Db.H2, Size.S_1K);
        floor = Approach.PLAIN_JDBC.open(database.dataSource());
        registrar = new RegistrarWorkload(new JdbcRegistrar(database.dataSource()));
    }

    @AfterAll
    void close() throws Exception {
        database.close();
    }

    @Test
    void shouldReturnWhatTheRegistrarReturnsForEveryRead() {
        var data = database.data();
        for (long id = 1; id <= data.students(); id += 97) {
            assertThat(floor.findStudent(id)).isEqualTo(registrar.findStudent(id));
            assertThat(floor.classmatesOf(id)).isEqualTo(registrar.classmatesOf(id));
            assertThat(floor.listStudents(id, JoinReadBenchmarks.PAGE))
                    .hasSize(JoinReadBenchmarks.PAGE)
                    .isEqualTo(registrar.listStudents(id, JoinReadBenchmarks.PAGE));
        }
        for (long course = 1; course <= data.courses(); course += 7) {
            String name = SchoolData.courseName(course);
            assertThat(floor.studentsIn(name)).isEqualTo(registrar.studentsIn(name));
        }
        assertThat(floor.courseStats()).hasSize(data.courses()).isEqualTo(registrar.courseStats());
    }

    @Test
    void shouldEnrollAndDropLikeTheRegistrar() {
        long idle = database.data().idleStudentIds().get(0);

        floor.enrollAll(idle, List.of(1L, 2L, 3L));
        var enrolled = registrar.findStudent(idle).courses();
        floor.drop(idle, 2L);

        assertThat(enrolled).hasSize(3);
        assertThat(registrar.findStudent(idle).courses()).extracting(course -> course.id()).containsExactly(1L, 3L);
        floor.drop(idle, 1L);
        floor.drop(idle, 3L);
        assertThat(registrar.findStudent(idle).courses()).isEmpty();
    }
}
