package dev.m2m.bench.workload;

import dev.m2m.core.StudentWithCourses;
import dev.m2m.jpa.showcase.FetchStrategies;
import dev.m2m.mybatis.showcase.LoadingShowcase;
import dev.m2m.springdatajpa.showcase.SpringDataShowcase;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The same page of students with their courses as the registrars load in one statement, loaded the other
 * ways a reader meets: the N+1 of each approach (one query per student), and Spring Data JPA's
 * {@code Pageable} on an entity graph, as it pages (offset pages of the same students).
 */
public enum NaiveLoading {
    JDBC_QUERY_PER_ROW {
        @Override
        public PageLoader open(DataSource dataSource) {
            var loader = new QueryPerRowPage(dataSource);
            return new PageLoader(loader::page, () -> { });
        }
    },
    JPA_LAZY_LOADING {
        @Override
        public PageLoader open(DataSource dataSource) {
            var strategies = new FetchStrategies(dataSource);
            return new PageLoader(strategies::lazyLoading, strategies::close);
        }
    },
    MYBATIS_NESTED_SELECT {
        @Override
        public PageLoader open(DataSource dataSource) {
            var showcase = new LoadingShowcase(dataSource);
            return new PageLoader(showcase::nestedSelect, () -> { });
        }
    },
    /** Spring Boot's default, open-session-in-view: the page's entities, each one's courses loaded on touch. */
    SPRING_DATA_JPA_OPEN_IN_VIEW {
        @Override
        public PageLoader open(DataSource dataSource) {
            var showcase = new SpringDataShowcase(dataSource);
            return new PageLoader(showcase::pageLoadedInView, showcase::close);
        }
    },
    /** A Pageable on an {@code @EntityGraph} repository method: the page and Spring Data's count query. */
    SPRING_DATA_JPA_PAGEABLE_GRAPH(Kind.PAGEABLE) {
        @Override
        public PageLoader open(DataSource dataSource) {
            var showcase = new SpringDataShowcase(dataSource);
            var pages = showcase.pages();
            return new PageLoader((afterId, limit) -> pages.pageOfEntityGraph(offsetPage(afterId, limit)),
                    showcase::close);
        }
    },
    /** A Pageable of ids (and its count), then the graph of those students. */
    SPRING_DATA_JPA_PAGEABLE_IDS_THEN_GRAPH(Kind.PAGEABLE) {
        @Override
        public PageLoader open(DataSource dataSource) {
            var showcase = new SpringDataShowcase(dataSource);
            var pages = showcase.pages();
            return new PageLoader((afterId, limit) -> pages.pageOfIdsThenGraph(offsetPage(afterId, limit)),
                    showcase::close);
        }
    };

    /** What a loading is, as the report names its row. */
    public enum Kind {
        N_PLUS_ONE("N+1"), PAGEABLE("Pageable");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public final Kind kind;

    NaiveLoading() {
        this(Kind.N_PLUS_ONE);
    }

    NaiveLoading(Kind kind) {
        this.kind = kind;
    }

    public abstract PageLoader open(DataSource dataSource);

    /**
     * The offset page that holds the students after {@code afterId}: the school's ids run from 1 without
     * gaps and the benchmarks page after a multiple of the page size, so page {@code afterId / limit} is the
     * keyset page's students ({@code PlainJdbcFloorH2Test} checks it gives the same answer).
     */
    static Pageable offsetPage(long afterId, int limit) {
        if (afterId % limit != 0) {
            throw new IllegalArgumentException("no offset page starts after id " + afterId + " with pages of " + limit);
        }
        return PageRequest.of(Math.toIntExact(afterId / limit), limit, Sort.by("id"));
    }

    /** A page of students with their courses, and how to let go of what loads it. */
    public record PageLoader(Page page, Runnable close) {

        public interface Page {
            List<StudentWithCourses> load(long afterId, int limit);
        }
    }
}
