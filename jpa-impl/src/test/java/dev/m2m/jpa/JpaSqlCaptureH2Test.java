package dev.m2m.jpa;

import dev.m2m.contract.SqlCaptureContract;
import dev.m2m.jpa.showcase.FetchStrategies;
import java.util.function.Consumer;
import org.hibernate.engine.jdbc.internal.FormatStyle;
import org.junit.jupiter.api.Test;

/**
 * The SQL Hibernate generates, laid out by Hibernate's own formatter (what {@code hibernate.format_sql}
 * does), kept in {@code docs/sql/jpa}; the fetch strategies' too.
 */
class JpaSqlCaptureH2Test extends SqlCaptureContract {

    JpaSqlCaptureH2Test() {
        super(JpaImplementation.UNDER_TEST, "jpa", FormatStyle.BASIC.getFormatter()::format);
    }

    @Test
    void lazyLoadingPage() {
        withStrategies(strategies -> capture("lazyLoadingPage", "a page of three students loaded lazily",
                () -> strategies.lazyLoading(0, 3)));
    }

    @Test
    void joinFetch() {
        withStrategies(strategies -> capture("joinFetch", "every student with their courses by join fetch",
                strategies::joinFetch));
    }

    @Test
    void entityGraph() {
        withStrategies(strategies -> capture("entityGraph", "every student with their courses by an entity graph",
                strategies::entityGraph));
    }

    @Test
    void batchFetching() {
        withStrategies(strategies -> capture("batchFetching", "every student with their courses, batch fetching 2",
                () -> strategies.batchFetching(2)));
    }

    private void withStrategies(Consumer<FetchStrategies> use) {
        try (var strategies = new FetchStrategies(countedDataSource())) {
            use.accept(strategies);
        }
    }
}
