package dev.m2m.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Hibernate started on the registrar's entities plus the test-only mappings a pitfall test needs (a bag, a
 * cascade, a batch size...), with the registrar's settings and whatever the test adds. Still {@code validate}:
 * every test-only mapping maps the real schema.
 */
final class HibernateForTests {

    private HibernateForTests() {
    }

    static EntityManagerFactory start(DataSource dataSource, Map<String, Object> settings, List<Class<?>> extra) {
        var configuration = new HibernatePersistenceConfiguration("pitfalls")
                .managedClasses(StudentEntity.class, CourseEntity.class, EnrollmentEntity.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, HibernateSetup.JDBC_BATCH_SIZE);
        extra.forEach(configuration::managedClass);
        settings.forEach(configuration::property);
        return configuration.createEntityManagerFactory();
    }
}
