package dev.m2m.springdatajdbc;

import dev.m2m.core.Approach;
import dev.m2m.core.Registrar;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.transaction.TransactionException;

/**
 * The {@link Registrar} on Spring Data JDBC: an application context ({@link SpringDataJdbcConfiguration}) with
 * the aggregates' repositories and the transactional services {@link RegistrarReads}, {@link RegistrarWrites},
 * {@link EnrollmentReads} and {@link SchoolImporter}. Closing it closes the context, not the DataSource,
 * which belongs to the caller.
 */
public final class SpringDataJdbcRegistrar {

    private SpringDataJdbcRegistrar() {
    }

    /**
     * A registrar on the caller's DataSource, which stays the caller's to close; {@link Approach#registrar}
     * adds the argument checks and the exception policy.
     */
    public static Registrar create(DataSource dataSource) {
        var context = SpringDataJdbcConfiguration.start(dataSource);
        // each part is a transactional singleton: the same beans serve every call
        var reads = context.getBean(Approach.RegistrarReads.class);
        var writes = context.getBean(Approach.RegistrarWrites.class);
        var enrollmentReads = context.getBean(Approach.EnrollmentReads.class);
        var importer = context.getBean(Approach.SchoolImporter.class);
        var approach = new Approach<Void>(new Transactions(context),
                none -> reads, none -> writes, none -> enrollmentReads, none -> importer);
        // Spring's DataAccessException, or the same wrapped by Spring Data JDBC in the action that failed
        return approach.registrar(e -> e instanceof DataAccessException || e instanceof TransactionException
                || e instanceof DbActionExecutionException);
    }
}
