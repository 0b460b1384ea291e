package dev.m2m.mybatis;

import dev.m2m.core.Approach;
import dev.m2m.core.Registrar;
import javax.sql.DataSource;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * The {@link Registrar} on MyBatis: each call opens one session, and so one transaction
 * ({@link Transactions}), and hands it to {@link RegistrarReads}, {@link RegistrarWrites},
 * {@link EnrollmentReads} or {@link SchoolImporter}, which run mapper statements whose SQL lives in the XML
 * beside each mapper interface. A SqlSessionFactory holds nothing of its own: closing the registrar leaves
 * the DataSource, which belongs to the caller, open.
 */
public final class MyBatisRegistrar {

    private MyBatisRegistrar() {
    }

    /**
     * A registrar on the caller's DataSource, which stays the caller's to close; {@link Approach#registrar}
     * adds the argument checks and the exception policy.
     */
    public static Registrar create(DataSource dataSource) {
        var approach = new Approach<>(
                new Transactions(MyBatisSetup.sqlSessionFactory(dataSource)),
                RegistrarReads::new, RegistrarWrites::new, EnrollmentReads::new, SchoolImporter::new);
        return approach.registrar(PersistenceException.class::isInstance);
    }
}
