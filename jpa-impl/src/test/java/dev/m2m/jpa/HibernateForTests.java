package dev.m2m.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Hibernate started as the registrar starts it ({@link HibernateSetup#configuration}), plus the test-only
 * mappings a pitfall test needs (a bag, a cascade, a batch size...) and whatever settings it adds. Still
 * {@code validate}: every test-only mapping maps the real schema.
 */
final class HibernateForTests {

    private HibernateForTests() {
    }

    static EntityManagerFactory start(DataSource dataSource, Map<String, Object> settings, List<Class<?>> extra) {
        var configuration = HibernateSetup.configuration(dataSource);
        extra.forEach(configuration::managedClass);
        settings.forEach(configuration::property);
        return configuration.createEntityManagerFactory();
    }
}
