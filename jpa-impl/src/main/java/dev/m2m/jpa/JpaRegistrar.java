package dev.m2m.jpa;

import dev.m2m.core.Approach;
import dev.m2m.core.Registrar;
import jakarta.persistence.PersistenceException;
import javax.sql.DataSource;

/**
 * The {@link Registrar} on JPA with Hibernate: each call runs in its own EntityManager and transaction
 * ({@link Transactions}), hands it to {@link RegistrarReads}, {@link RegistrarWrites}, {@link EnrollmentReads}
 * or {@link SchoolImporter}, and returns records, never an entity. Closing it closes Hibernate, not the
 * DataSource, which belongs to the caller.
 */
public final class JpaRegistrar {

    private JpaRegistrar() {
    }

    /**
     * A registrar on the caller's DataSource, which stays the caller's to close; {@link Approach#registrar}
     * adds the argument checks and the exception policy.
     */
    // tag::create[]
    public static Registrar create(DataSource dataSource) {
        var approach = new Approach<>(
                new Transactions(HibernateSetup.entityManagerFactory(dataSource)),
                RegistrarReads::new, RegistrarWrites::new, EnrollmentReads::new, SchoolImporter::new);
        // Hibernate's own exceptions extend JPA's PersistenceException
        return approach.registrar(PersistenceException.class::isInstance);
    }
    // end::create[]
}
