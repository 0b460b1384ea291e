package dev.m2m.bench;

import dev.m2m.core.StudentWithCourses;
import dev.m2m.jpa.showcase.FetchStrategies;
import dev.m2m.mybatis.showcase.LoadingShowcase;
import java.util.List;
import javax.sql.DataSource;

/** The N+1 of each approach, loading a page of students with their courses one query per student. */
public enum NaiveLoading {
    JDBC_QUERY_PER_ROW {
        @Override
        PageLoader open(DataSource dataSource) {
            var loader = new QueryPerRowPage(dataSource);
            return new PageLoader(loader::page, () -> { });
        }
    },
    JPA_LAZY_LOADING {
        @Override
        PageLoader open(DataSource dataSource) {
            var strategies = new FetchStrategies(dataSource);
            return new PageLoader(strategies::lazyLoading, strategies::close);
        }
    },
    MYBATIS_NESTED_SELECT {
        @Override
        PageLoader open(DataSource dataSource) {
            var showcase = new LoadingShowcase(dataSource);
            return new PageLoader(showcase::nestedSelect, () -> { });
        }
    };

    abstract PageLoader open(DataSource dataSource);

    /** A page of students with their courses, and how to let go of what loads it. */
    record PageLoader(Page page, Runnable close) {

        interface Page {
            List<StudentWithCourses> load(long afterId, int limit);
        }
    }
}
