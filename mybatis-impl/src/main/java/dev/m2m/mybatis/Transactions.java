package dev.m2m.mybatis;

import dev.m2m.core.Approach;
import java.sql.SQLException;
import java.util.function.Function;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * One SqlSession, and so one JDBC transaction, per registrar call: committed when the work returns, rolled
 * back when it throws (a {@code RuntimeException} or an {@code Error}). Reads run on a read-only connection.
 * What escapes (a domain exception, or MyBatis's own) is {@link dev.m2m.core.CheckedRegistrar}'s to pass or
 * translate.
 */
public final class Transactions implements Approach.Transactions<SqlSession> {

    private final SqlSessionFactory factory;

    public Transactions(SqlSessionFactory factory) {
        this.factory = factory;
    }

    /** Read-only: on PostgreSQL the driver begins the transaction {@code READ ONLY}, so a stray write fails there. */
    @Override
    public <T> T read(Function<SqlSession, T> work) {
        return run(ExecutorType.SIMPLE, true, work);
    }

    @Override
    public <T> T write(Function<SqlSession, T> work) {
        return run(ExecutorType.SIMPLE, false, work);
    }

    /**
     * A BATCH session: inserts and updates are queued into JDBC batches and sent together at the next
     * select, flush or commit; selects still run at once. MyBatis fixes the executor when it opens the
     * session, so a write of many rows needs its own.
     */
    @Override
    public <T> T writeMany(Function<SqlSession, T> work) {
        return run(ExecutorType.BATCH, false, work);
    }

    // tag::run[]
    private <T> T run(ExecutorType executor, boolean readOnly, Function<SqlSession, T> work) {
        try (SqlSession session = factory.openSession(executor, false)) {
            if (readOnly) {
                readOnly(session, true);
            }
            try {
                T result = work.apply(session);
                // forced: MyBatis skips the commit of a session that only read, leaving the transaction open
                session.commit(true);
                return result;
            } catch (RuntimeException | Error e) {
                // forced too: MyBatis rolls back only a session that wrote, and a failed read ends otherwise
                // in the commit that switching auto-commit back on makes
                rollBack(session, e);
                throw e;
            } finally {
                if (readOnly) {
                    // after the commit or the rollback, outside any transaction: not every pool resets what it lends
                    readOnly(session, false);
                }
            }
        }
    }
    // end::run[]

    private static void rollBack(SqlSession session, Throwable failure) {
        try {
            session.rollback(true);
        } catch (RuntimeException e) {
            failure.addSuppressed(e); // the connection may be gone; the first failure is the story
        }
    }

    /** Set before the first statement and reset after the transaction ends, while the connection is in none. */
    private static void readOnly(SqlSession session, boolean readOnly) {
        try {
            session.getConnection().setReadOnly(readOnly);
        } catch (SQLException e) {
            throw new PersistenceException("could not set the connection's read-only flag", e);
        }
    }
}
