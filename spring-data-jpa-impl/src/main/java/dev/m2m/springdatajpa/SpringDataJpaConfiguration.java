package dev.m2m.springdatajpa;

import dev.m2m.core.Approach;
import dev.m2m.jpa.HibernateSetup;
import dev.m2m.springdatajpa.mapping.CourseRepository;
import dev.m2m.springdatajpa.mapping.EnrollmentRepository;
import dev.m2m.springdatajpa.mapping.StudentRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The application context, as a plain Spring application declares it: the EntityManagerFactory, the JPA
 * transaction manager, the repositories (in {@code mapping}), and the transactional services. Spring Boot's
 * auto-configuration would declare the first two for you (and its {@code spring.jpa.*} properties the
 * settings); this project starts a plain context instead: nothing is configured behind its back, every bean
 * is in sight, and the build keeps the Spring Data and Hibernate versions of the rest of the project (Spring
 * Boot 4.0's BOM pins older ones).
 */
// tag::configuration[]
@Configuration(proxyBeanMethods = false)
// the showcase's repositories live in the showcase's context, not the registrar's; the services open every
// transaction, so the repositories do not wrap each call in one of their own
@EnableJpaRepositories(excludeFilters = @Filter(type = FilterType.REGEX, pattern = ".*\\.showcase\\..*"),
        enableDefaultTransactions = false)
@EnableTransactionManagement
public class SpringDataJpaConfiguration {

    /** The context on the caller's DataSource, with more configuration classes if given (the showcase's). */
    public static AnnotationConfigApplicationContext start(DataSource dataSource, Class<?>... more) {
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(CallersDataSource.class, () -> new CallersDataSource(dataSource));
        context.register(SpringDataJpaConfiguration.class);
        if (more.length > 0) {
            context.register(more);
        }
        context.refresh();
        return context;
    }

    /** jpa-impl's mapping and Hibernate settings (batch size, validate, no in-memory paging), shared. */
    @Bean
    LocalContainerEntityManagerFactoryBean entityManagerFactory(CallersDataSource callers) {
        var mapping = HibernateSetup.configuration(callers.dataSource());
        var factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(callers.dataSource());
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        factory.setManagedTypes(PersistenceManagedTypes.of(
                mapping.managedClasses().stream().map(Class::getName).toList(), List.of()));
        factory.setJpaPropertyMap(mapping.properties());
        return factory;
    }

    /**
     * Named in every service's {@code @Transactional}: without a name, Spring 7 looks for a {@code @Qualifier}
     * on the service's class at every call before it falls back to this bean (chapter 12 profiles what that
     * costs); a name is looked up once and cached.
     */
    @Bean
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    @Bean
    Approach.RegistrarReads registrarReads(StudentRepository students, CourseRepository courses) {
        return new RegistrarReads(students, courses);
    }

    @Bean
    Approach.RegistrarWrites registrarWrites(StudentRepository students, CourseRepository courses,
                                             EnrollmentRepository enrollments) {
        return new RegistrarWrites(students, courses, enrollments);
    }

    @Bean
    Approach.EnrollmentReads enrollmentReads(StudentRepository students, CourseRepository courses,
                                             EnrollmentRepository enrollments) {
        return new EnrollmentReads(students, courses, enrollments);
    }

    @Bean
    Approach.SchoolImporter schoolImporter(StudentRepository students, CourseRepository courses,
                                           EntityManager em) {
        return new SchoolImporter(students, courses, em);
    }

    /**
     * The caller's DataSource, handed to the context inside a holder rather than as a bean of its own: Spring
     * closes a closeable bean with its context, and the pool belongs to the caller, who may hand it to other
     * registrars.
     */
    record CallersDataSource(DataSource dataSource) {
    }
}
// end::configuration[]
