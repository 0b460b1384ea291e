package dev.m2m.bench.school;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Loads a {@link SchoolData} with plain JDBC batches, a thousand rows a round trip, and says how far
 * it has got: a large data set takes a while, and longer on PostgreSQL than on H2.
 */
public final class SchoolLoader {

    private static final int BATCH = 1_000;

    private SchoolLoader() {
    }

    public static void load(DataSource dataSource, SchoolData data) throws SQLException {
        var progress = new Progress("loading %,d students, %,d courses, %,d links"
                .formatted(data.allStudents(), data.courses(), data.links().size()), data.rows());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO student (id, name) VALUES (?, ?)")) {
                for (long id = 1; id <= data.allStudents(); id++) {
                    insert.setLong(1, id);
                    insert.setString(2,
                            id <= data.students() ? SchoolData.studentName(id) : SchoolData.idleStudentName(id));
                    add(insert, connection, progress);
                }
                flush(insert, connection);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO course (id, name, capacity) VALUES (?, ?, ?)")) {
                for (int c = 0; c < data.courses(); c++) {
                    insert.setLong(1, c + 1);
                    insert.setString(2, SchoolData.courseName(c + 1));
                    insert.setInt(3, data.capacities()[c]);
                    add(insert, connection, progress);
                }
                flush(insert, connection);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO enrollment (student_id, course_id) VALUES (?, ?)")) {
                for (long[] link : data.links()) {
                    insert.setLong(1, link[0]);
                    insert.setLong(2, link[1]);
                    add(insert, connection, progress);
                }
                flush(insert, connection);
            }
            // the ids above were given explicitly: move the identity columns past them
            try (var statement = connection.createStatement()) {
                statement.execute("ALTER TABLE student ALTER COLUMN id RESTART WITH " + (data.allStudents() + 1));
                statement.execute("ALTER TABLE course ALTER COLUMN id RESTART WITH " + (data.courses() + 1));
            }
            connection.commit();
        }
        progress.done();
    }

    private static void add(PreparedStatement insert, Connection connection, Progress progress) throws SQLException {
        insert.addBatch();
        if (progress.step() % BATCH == 0) {
            flush(insert, connection);
        }
    }

    private static void flush(PreparedStatement insert, Connection connection) throws SQLException {
        insert.executeBatch();
        connection.commit();
    }

    /**
     * Prints a line at every quarter, so a long load shows it is alive without flooding the console. A
     * small load, over in a moment, prints nothing.
     */
    private static final class Progress {

        private static final long WORTH_SHOWING = 100_000;

        private final long total;
        private final boolean shown;
        private final long started = System.nanoTime();
        private long done;
        private int quarter;

        Progress(String what, long total) {
            this.total = total;
            this.shown = total >= WORTH_SHOWING;
            if (shown) {
                System.out.printf("%s ...%n", what);
            }
        }

        long step() {
            done++;
            if (shown && done * 4 / total > quarter && done < total) {
                quarter = (int) (done * 4 / total);
                System.out.printf("  %d%% of %,d rows%n", quarter * 25, total);
            }
            return done;
        }

        void done() {
            if (!shown) {
                return;
            }
            System.out.printf("  loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }
}
