package dev.m2m.springdatajpa.showcase;

import dev.m2m.core.StudentWithCourses;
import dev.m2m.springdatajpa.SpringDataJpaConfiguration;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Teaching code: the registrar's context with {@link ShowcaseStudentRepository} added, and open-session-in-view
 * done by hand, as Spring's {@code OpenEntityManagerInViewInterceptor} does it around a web request, so that
 * its effect can be counted without a web server. Close it to close the context (not the DataSource).
 */
public final class SpringDataShowcase implements AutoCloseable {

    /** The showcase's repositories, in this package only. */
    @Configuration(proxyBeanMethods = false)
    @EnableJpaRepositories(basePackageClasses = ShowcaseStudentRepository.class)
    static class ShowcaseRepositories {

        @Bean
        ShowcasePages showcasePages(ShowcaseStudentRepository students) {
            return new ShowcasePages(students);
        }

        @Bean
        DerivedQueryReads derivedQueryReads(ShowcaseStudentRepository students) {
            return new DerivedQueryReads(students);
        }
    }

    private final AnnotationConfigApplicationContext context;

    public SpringDataShowcase(DataSource dataSource) {
        this.context = SpringDataJpaConfiguration.start(dataSource, ShowcaseRepositories.class);
    }

    public ShowcaseStudentRepository students() {
        return context.getBean(ShowcaseStudentRepository.class);
    }

    public ShowcasePages pages() {
        return context.getBean(ShowcasePages.class);
    }

    public DerivedQueryReads derivedQueryReads() {
        return context.getBean(DerivedQueryReads.class);
    }

    // tag::page-in-view[]
    /**
     * A page of students by keyset, their courses touched after the repository call: open in view, each
     * student's courses load on touch, one statement each (1 + the page's size).
     */
    public List<StudentWithCourses> pageLoadedInView(long afterId, int limit) {
        return withEntityManagerOpenInView(() ->
                ShowcasePages.withCourses(students().findByIdGreaterThanOrderByIdAsc(afterId, Limit.of(limit))));
    }
    // end::page-in-view[]

    // tag::open-in-view[]
    /**
     * Runs the work with one EntityManager held open around it, bound to the thread where every repository
     * call and transaction inside finds and joins it: what {@code spring.jpa.open-in-view=true} (Spring Boot's
     * default) does for each web request, from the controller to the rendered view. A lazy collection
     * touched after its transaction has ended then loads instead of throwing, one statement per collection,
     * outside any transaction, on a connection held for the whole request.
     */
    public <T> T withEntityManagerOpenInView(Supplier<T> work) {
        var factory = context.getBean(EntityManagerFactory.class);
        var entityManager = factory.createEntityManager();
        TransactionSynchronizationManager.bindResource(factory, new EntityManagerHolder(entityManager));
        try {
            return work.get();
        } finally {
            TransactionSynchronizationManager.unbindResource(factory);
            entityManager.close();
        }
    }
    // end::open-in-view[]

    @Override
    public void close() {
        context.close();
    }
}
