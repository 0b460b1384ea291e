package dev.m2m.jpa;

import dev.m2m.core.SchoolImport;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.EnrollmentEntity;
import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Bootstraps Hibernate in code, on a DataSource the caller owns (the HikariCP pool from core-model):
 * no {@code persistence.xml}, no classpath scanning, every setting in one place with its reason.
 */
public final class HibernateSetup {

    /**
     * How many rows a flush sends in one JDBC batch: the same as every approach's bulk load, and as many
     * as one enrollAll may name, so that its links always leave in one batch, as Spring JDBC's and
     * MyBatis' do.
     */
    static final int JDBC_BATCH_SIZE = SchoolImport.BATCH_SIZE;

    private HibernateSetup() {
    }

    /** Hibernate as the registrar runs it, on the caller's DataSource. */
    public static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        return configuration(dataSource).createEntityManagerFactory();
    }

    // tag::bootstrap[]
    /** The registrar's entities and settings, for code that adds its own (the pitfall tests add mappings). */
    public static HibernatePersistenceConfiguration configuration(DataSource dataSource) {
        return new HibernatePersistenceConfiguration("m2m")
                .managedClasses(StudentEntity.class, CourseEntity.class, EnrollmentEntity.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // Flyway owns the schema. Hibernate only checks at start that every mapped table and
                // column exists with a compatible type, and refuses to start otherwise.
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                // A page of students fetched with their courses that Hibernate cannot cut in SQL (7.4 cuts
                // most in a derived table) would load every row and cut the page in memory (warning
                // HHH90003004). Fail instead, so it cannot slip in.
                .property(AvailableSettings.FAIL_ON_PAGINATION_OVER_COLLECTION_FETCH, true)
                // Inserts and deletes of enrollment rows go to the database in JDBC batches.
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, JDBC_BATCH_SIZE)
                .property(AvailableSettings.ORDER_UPDATES, true)
                // SQL logging is datasource-proxy's job (one switch for every approach): keep Hibernate's off.
                .property(AvailableSettings.SHOW_SQL, false);
    }
    // end::bootstrap[]
}
