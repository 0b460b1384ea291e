package dev.m2m.springdatajdbc;

import dev.m2m.core.Approach;
import dev.m2m.springdatajdbc.mapping.CourseRepository;
import dev.m2m.springdatajdbc.mapping.StudentRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The application context of a plain Spring application on Spring Data JDBC: the JDBC template and
 * transaction manager on the caller's DataSource, the repositories (in {@code mapping}), and the transactional
 * services. Spring Boot would declare the first two for you.
 */
// tag::configuration[]
@Configuration(proxyBeanMethods = false)
// the showcase's repositories live in the showcase's context, not the registrar's
@EnableJdbcRepositories(excludeFilters = @Filter(type = FilterType.REGEX, pattern = ".*\\.showcase\\..*"))
@EnableTransactionManagement
public class SpringDataJdbcConfiguration extends AbstractJdbcConfiguration {

    /** The context on the caller's DataSource, with more configuration classes if given (the showcase's). */
    public static AnnotationConfigApplicationContext start(DataSource dataSource, Class<?>... more) {
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(CallersDataSource.class, () -> new CallersDataSource(dataSource));
        context.register(SpringDataJdbcConfiguration.class);
        if (more.length > 0) {
            context.register(more);
        }
        context.refresh();
        return context;
    }

    @Bean
    NamedParameterJdbcOperations namedParameterJdbcOperations(CallersDataSource callers) {
        return new NamedParameterJdbcTemplate(callers.dataSource());
    }

    /**
     * Named in every service's {@code @Transactional}: without a name, Spring 7 looks for a {@code @Qualifier}
     * on the service's class at every call before it falls back to this bean (chapter 12 profiles what that
     * costs); a name is looked up once and cached.
     */
    @Bean
    PlatformTransactionManager transactionManager(CallersDataSource callers) {
        return new JdbcTransactionManager(callers.dataSource());
    }

    /**
     * Spring Data JDBC quotes every identifier by default, and quoted names are case-sensitive: H2 folds the
     * schema's unquoted names to upper case, so {@code "student"} would not be found. Unquoted, they match.
     */
    @Override
    public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy,
                                                 JdbcCustomConversions conversions, RelationalManagedTypes types) {
        var context = super.jdbcMappingContext(namingStrategy, conversions, types);
        context.setForceQuote(false);
        return context;
    }

    /** H2 returns a {@code TIMESTAMP WITH TIME ZONE} as an {@code OffsetDateTime}; the aggregates hold instants. */
    @Override
    protected List<?> userConverters() {
        return List.of(new OffsetDateTimeToInstant());
    }

    @Bean
    Approach.RegistrarReads registrarReads(StudentRepository students, CourseRepository courses) {
        return new RegistrarReads(students, courses);
    }

    @Bean
    Approach.RegistrarWrites registrarWrites(StudentRepository students, CourseRepository courses) {
        return new RegistrarWrites(students, courses);
    }

    @Bean
    Approach.EnrollmentReads enrollmentReads(StudentRepository students, CourseRepository courses) {
        return new EnrollmentReads(students, courses);
    }

    @Bean
    Approach.SchoolImporter schoolImporter(StudentRepository students, CourseRepository courses,
                                           PlatformTransactionManager transactions) {
        return new SchoolImporter(students, courses, transactions);
    }

    /**
     * The caller's DataSource, handed to the context inside a holder rather than as a bean of its own: Spring
     * closes a closeable bean with its context, and the pool belongs to the caller.
     */
    record CallersDataSource(DataSource dataSource) {
    }

    @ReadingConverter
    static final class OffsetDateTimeToInstant implements Converter<OffsetDateTime, Instant> {
        @Override
        public Instant convert(OffsetDateTime source) {
            return source.toInstant();
        }
    }
}
// end::configuration[]
