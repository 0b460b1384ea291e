package dev.m2m.contract;

import dev.m2m.core.Registrar;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The set-up of a test that asserts what an approach's writes send: before each test an empty H2 schema and
 * a registrar on it whose every statement {@link #statements} records; after it the registrar closed. A
 * subclass names its approach and holds only its tests:
 * {@code class JdbcWriteStatementsH2Test extends RecordedRegistrarFixture} with
 * {@code super(JdbcRegistrar::create)} in its constructor.
 */
public abstract class RecordedRegistrarFixture {

    protected final StatementRecorder statements = new StatementRecorder();
    protected Registrar registrar;

    private final Function<DataSource, Registrar> approach;

    /** @param approach the approach's public factory, given the recorded DataSource */
    protected RecordedRegistrarFixture(Function<DataSource, Registrar> approach) {
        this.approach = approach;
    }

    @BeforeEach
    final void startFromAnEmptySchema() {
        var database = TestDatabase.H2;
        database.clean(database.dataSource());
        registrar = approach.apply(statements.wrap(database.dataSource()));
    }

    @AfterEach
    final void closeTheRegistrar() {
        registrar.close();
    }
}
