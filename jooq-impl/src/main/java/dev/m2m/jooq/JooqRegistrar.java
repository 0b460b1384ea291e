package dev.m2m.jooq;

import dev.m2m.core.Approach;
import dev.m2m.core.Registrar;
import javax.sql.DataSource;
import org.jooq.exception.DataAccessException;

/**
 * The {@link Registrar} on jOOQ: each call runs in one transaction ({@link Transactions}), which hands a
 * {@code DSLContext} on its connection to {@link RegistrarReads}, {@link RegistrarWrites},
 * {@link EnrollmentReads} or {@link SchoolImporter}. jOOQ holds nothing of its own: closing the registrar
 * leaves the DataSource, which belongs to the caller, open.
 */
public final class JooqRegistrar {

    private JooqRegistrar() {
    }

    /**
     * A registrar on the caller's DataSource, which stays the caller's to close; {@link Approach#registrar}
     * adds the argument checks and the exception policy.
     */
    // tag::create[]
    public static Registrar create(DataSource dataSource) {
        var approach = new Approach<>(new Transactions(dataSource),
                RegistrarReads::new, RegistrarWrites::new, EnrollmentReads::new, SchoolImporter::new);
        // jOOQ reports every failed database call as its own unchecked DataAccessException
        return approach.registrar(e -> e instanceof DataAccessException);
    }
    // end::create[]
}
