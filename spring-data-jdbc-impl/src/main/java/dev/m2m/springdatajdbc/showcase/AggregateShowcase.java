package dev.m2m.springdatajdbc.showcase;

import dev.m2m.springdatajdbc.SpringDataJdbcConfiguration;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teaching code: the registrar's context with {@link NaiveStudentRepository} added, to show what saving an
 * aggregate does to the rows of its collection. Close it to close the context (not the DataSource).
 */
public final class AggregateShowcase implements AutoCloseable {

    /** The showcase's repositories, in this package only. */
    @Configuration(proxyBeanMethods = false)
    @EnableJdbcRepositories(basePackageClasses = NaiveStudentRepository.class)
    static class ShowcaseRepositories {
    }

    private final AnnotationConfigApplicationContext context;

    public AggregateShowcase(DataSource dataSource) {
        this.context = SpringDataJdbcConfiguration.start(dataSource, ShowcaseRepositories.class);
    }

    // tag::naive-enrol[]
    /** Loads the student, adds a course, saves: what Spring Data JDBC's reference examples do. */
    public void enrollNaively(long studentId, long courseId) {
        var students = context.getBean(NaiveStudentRepository.class);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            var student = students.findById(studentId).orElseThrow();
            student.enroll(courseId);
            students.save(student);
        });
    }
    // end::naive-enrol[]

    @Override
    public void close() {
        context.close();
    }
}
