package dev.m2m.contract;

import com.zaxxer.hikari.HikariDataSource;
import dev.m2m.core.Registrar;

/**
 * What the parts of the contract share: the registrar under test and the database beneath it.
 * {@link RegistrarContract} provides them; the contract's themes ({@link ConcurrencyContract},
 * {@link ResourceContract}, {@link ModelContract}) are test interfaces it implements, so each
 * implementation still writes one tiny class per database.
 */
public interface ContractFixture {

    /** The registrar under test, on the statement-counting proxy of {@link #pool()}. */
    Registrar registrar();

    TestDatabase database();

    /** The pool beneath the registrar, for snapshots and counters that must bypass it. */
    HikariDataSource pool();

    ImplementationUnderTest implementation();
}
