package dev.m2m.springdatajpa;

import dev.m2m.core.Approach;
import dev.m2m.core.Registrar;
import jakarta.persistence.PersistenceException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The {@link Registrar} on Spring Data JPA: an application context ({@link SpringDataJpaConfiguration}) with
 * the repositories and the transactional services {@link RegistrarReads}, {@link RegistrarWrites},
 * {@link EnrollmentReads} and {@link SchoolImporter}, on jpa-impl's mapping. Closing it closes the context
 * and Hibernate with it, not the DataSource, which belongs to the caller.
 */
public final class SpringDataJpaRegistrar {

    private SpringDataJpaRegistrar() {
    }

    /**
     * A registrar on the caller's DataSource, which stays the caller's to close; {@link Approach#registrar}
     * adds the argument checks and the exception policy.
     */
    // tag::create[]
    public static Registrar create(DataSource dataSource) {
        var context = SpringDataJpaConfiguration.start(dataSource);
        // each part is a transactional singleton: the same beans serve every call
        var reads = context.getBean(Approach.RegistrarReads.class);
        var writes = context.getBean(Approach.RegistrarWrites.class);
        var enrollmentReads = context.getBean(Approach.EnrollmentReads.class);
        var importer = context.getBean(Approach.SchoolImporter.class);
        var approach = new Approach<Void>(new Transactions(context),
                none -> reads, none -> writes, none -> enrollmentReads, none -> importer);
        // the repositories translate to Spring's DataAccessException and a commit's failure is Spring's too;
        // JPA's own PersistenceException is named for one that would reach the caller untranslated
        return approach.registrar(e -> e instanceof DataAccessException || e instanceof TransactionException
                || e instanceof PersistenceException);
    }
    // end::create[]
}
