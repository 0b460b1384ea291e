package dev.m2m.jdbc;

import dev.m2m.core.Approach;
import dev.m2m.core.Registrar;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;

/**
 * The {@link Registrar} on Spring JDBC: each call runs in one transaction ({@link Transactions}), and
 * {@link RegistrarReads}, {@link RegistrarWrites}, {@link EnrollmentReads} and {@link SchoolImporter} hold
 * all the SQL. Spring JDBC holds nothing of its own: closing the registrar leaves the DataSource, which
 * belongs to the caller, open.
 */
public final class JdbcRegistrar {

    private JdbcRegistrar() {
    }

    /**
     * A registrar on the caller's DataSource, which stays the caller's to close; {@link Approach#registrar}
     * adds the argument checks and the exception policy.
     */
    public static Registrar create(DataSource dataSource) {
        // JdbcClient and the batch template share one JdbcTemplate, so both join the same transaction
        // and translate SQL errors with the same translator.
        var template = new NamedParameterJdbcTemplate(dataSource);
        var client = JdbcClient.create(template);
        var reads = new RegistrarReads(client);
        var writes = new RegistrarWrites(client, template);
        var enrollmentReads = new EnrollmentReads(client);
        var importer = new SchoolImporter(template);
        // Spring binds each transaction to its thread, where the JdbcClient finds it: the same parts serve
        // every transaction, and are handed nothing.
        var approach = new Approach<Void>(new Transactions(dataSource),
                none -> reads, none -> writes, none -> enrollmentReads, none -> importer);
        return approach.registrar(e -> e instanceof DataAccessException || e instanceof TransactionException);
    }
}
