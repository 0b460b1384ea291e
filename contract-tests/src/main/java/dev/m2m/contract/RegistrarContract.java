package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.m2m.core.Registrar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The specification of a {@link Registrar}: every implementation extends this class once per
 * database and must pass all of it, unchanged.
 *
 * <p>Each test starts from an empty schema. Ids are never assumed: they come from what the
 * registrar returned. Every failure is checked three ways: the exception's type, a message that
 * names the problem, and a database left exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RegistrarContract
        implements ReadContract, NameAndOrderContract, WriteContract, FailureContract, ReadCountContract,
        WriteCountContract, AssociationObjectContract, SchoolImportContract, ConcurrencyContract, ResourceContract,
        RaceLoserContract, ModelContract {

    private final TestDatabase database;
    private final ImplementationUnderTest implementation;

    private final StatementRecorder statements = new StatementRecorder();
    private HikariDataSource rawDataSource;
    private Registrar registrar;

    protected RegistrarContract(TestDatabase database, ImplementationUnderTest implementation) {
        this.database = database;
        this.implementation = implementation;
    }

    @BeforeAll
    void createRegistrar() {
        rawDataSource = database.dataSource();
        registrar = implementation.factory().apply(statements.wrap(rawDataSource));
    }

    @AfterAll
    void closeRegistrar() {
        registrar.close();
    }

    @BeforeEach
    void startFromAnEmptySchema() {
        database.clean(rawDataSource);
        statements.reset();
    }

    @AfterEach
    void assertEveryConnectionWasGivenBack() {
        assertThat(rawDataSource.getHikariPoolMXBean().getActiveConnections())
                .as("connections still borrowed from the pool after the test")
                .isZero();
    }

    @Override
    public Registrar registrar() {
        return registrar;
    }

    @Override
    public TestDatabase database() {
        return database;
    }

    @Override
    public HikariDataSource pool() {
        return rawDataSource;
    }

    @Override
    public ImplementationUnderTest implementation() {
        return implementation;
    }

    @Override
    public StatementRecorder statements() {
        return statements;
    }
}
