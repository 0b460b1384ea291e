package dev.m2m.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.bench.school.BenchDatabase;
import dev.m2m.bench.school.Db;
import dev.m2m.bench.school.SchoolLoader;
import dev.m2m.bench.school.Size;
import dev.m2m.jdbc.JdbcRegistrar;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The floor's bulk load stores what the Spring JDBC registrar's stores, row for row, and what the
 * benchmarks' own loader stores: the import is the data set, with the ids the data set expects.
 */
class BulkLoadFloorH2Test {

    @Test
    void shouldStoreTheDataSetLikeTheRegistrarAndTheLoader() throws Exception {
        try (var database = BenchDatabase.openEmpty(Db.H2, Size.S_1K)) {
            var school = database.data().toImport();

            var fromFloor = Implementation.PLAIN_JDBC.open(database.dataSource()).importSchool(school);
            var floorRows = Rows.of(database.dataSource());
            database.empty();
            var fromRegistrar = JdbcRegistrar.create(database.dataSource()).importSchool(school);
            var registrarRows = Rows.of(database.dataSource());
            database.empty();
            SchoolLoader.load(database.dataSource(), database.data());
            var loaderRows = Rows.of(database.dataSource());

            assertThat(fromFloor).isEqualTo(fromRegistrar);
            assertThat(fromFloor.studentIds()).hasSize(database.data().allStudents()).startsWith(1L, 2L, 3L);
            assertThat(floorRows.links()).hasSize(database.data().links().size());
            assertThat(floorRows).isEqualTo(registrarRows).isEqualTo(loaderRows);
        }
    }

    /** Every row of the three tables, but the enrolment times, which differ from one load to the next. */
    private record Rows(List<String> students, List<String> courses, List<String> links) {

        static Rows of(DataSource dataSource) throws SQLException {
            return new Rows(read(dataSource, "SELECT id, name FROM student ORDER BY id"),
                    read(dataSource, "SELECT id, name, capacity FROM course ORDER BY id"),
                    read(dataSource, "SELECT student_id, course_id FROM enrollment ORDER BY student_id, course_id"));
        }

        private static List<String> read(DataSource dataSource, String sql) throws SQLException {
            try (var connection = dataSource.getConnection();
                 var statement = connection.createStatement();
                 var rs = statement.executeQuery(sql)) {
                var rows = new ArrayList<String>();
                while (rs.next()) {
                    var row = new StringBuilder();
                    for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                        row.append(rs.getString(column)).append('|');
                    }
                    rows.add(row.toString());
                }
                return rows;
            }
        }
    }
}
