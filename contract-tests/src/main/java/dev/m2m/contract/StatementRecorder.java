package dev.m2m.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.listener.logging.SLF4JLogLevel;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Records every statement sent through a {@link DataSource}, by wrapping it in a datasource-proxy.
 * One JDBC execution is one round trip to the database and counts as one statement; a JDBC batch
 * is one execution that carries several parameter sets ({@link Recorded#batchSize()}).
 *
 * <p>The SQL is also logged at DEBUG to the {@value #SQL_LOGGER} logger: run the tests with
 * {@code -Dm2m.sql=DEBUG} to see it.
 */
public final class StatementRecorder implements QueryExecutionListener {

    public static final String SQL_LOGGER = "dev.m2m.sql";

    /** One execution: its SQL (several for a {@link java.sql.Statement} batch) and its batch size. */
    public record Recorded(List<String> sql, int batchSize, boolean batch) {

        /**
         * What the statement does and how, in a few words, for tests that assert a sequence of statements:
         * "select student ... for update", "select course join enrollment", "delete from enrollment",
         * "insert into enrollment x8" (a JDBC batch of 8), in lower case whatever the case of the SQL.
         */
        public String shape() {
            String first = sql.get(0).toLowerCase(Locale.ROOT);
            String[] words = first.split("\\s+");
            if (batch) {
                return words[0] + " " + words[1] + " " + words[2] + " x" + batchSize;
            }
            if (!words[0].equals("select")) {
                return words[0] + " " + words[1] + " " + words[2];
            }
            String from = first.substring(first.indexOf(" from ") + 6).split("\\s+")[0];
            String join = first.contains(" join ")
                    ? " join " + first.substring(first.indexOf(" join ") + 6).split("\\s+")[0]
                    : "";
            return "select " + from + join + (first.endsWith("for update") ? " ... for update" : "");
        }
    }

    private final List<Recorded> recorded = new ArrayList<>();

    /** Wraps {@code dataSource} so that what it executes is recorded here and logged. */
    public DataSource wrap(DataSource dataSource) {
        return ProxyDataSourceBuilder.create(dataSource)
                .name("counted")
                .listener(this)
                .logQueryBySlf4j(SLF4JLogLevel.DEBUG, SQL_LOGGER)
                .build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        var sql = queryInfoList.stream().map(QueryInfo::getQuery).toList();
        var entry = new Recorded(sql, execInfo.isBatch() ? execInfo.getBatchSize() : 1, execInfo.isBatch());
        synchronized (recorded) {
            recorded.add(entry);
        }
    }

    /** How many statements were sent since the last {@link #reset()}. */
    public int count() {
        synchronized (recorded) {
            return recorded.size();
        }
    }

    public List<Recorded> statements() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    public void reset() {
        synchronized (recorded) {
            recorded.clear();
        }
    }
}
