package dev.m2m.jpa;

import dev.m2m.core.Approach;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * One EntityManager and one transaction per registrar call: a short persistence context that
 * starts empty and is thrown away, so nothing is cached between calls and no entity outlives it.
 * Committed when the work returns, rolled back when it throws (a {@code RuntimeException} or an
 * {@code Error}); what escapes (a domain exception, or JPA's and Hibernate's own) is
 * {@link dev.m2m.core.CheckedRegistrar}'s to pass or translate.
 */
public final class Transactions implements Approach.Transactions<EntityManager> {

    private final EntityManagerFactory factory;

    public Transactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Read-only: Hibernate keeps no snapshots for dirty checking, so the commit's flush finds nothing to write. */
    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return run(true, work);
    }

    /**
     * Many rows need nothing more: Hibernate groups the inserts of one flush into JDBC batches of
     * {@code hibernate.jdbc.batch_size} ({@link HibernateSetup}).
     */
    @Override
    public <T> T write(Function<EntityManager, T> work) {
        return run(false, work);
    }

    /** Closes Hibernate: its caches and metadata. */
    @Override
    public void close() {
        factory.close();
    }

    private <T> T run(boolean readOnly, Function<EntityManager, T> work) {
        try (EntityManager em = factory.createEntityManager()) {
            if (readOnly) {
                em.unwrap(Session.class).setDefaultReadOnly(true);
            }
            EntityTransaction transaction = em.getTransaction();
            try {
                transaction.begin();
                T result = work.apply(em);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollBack(transaction, e);
                throw e;
            }
        }
    }

    private static void rollBack(EntityTransaction transaction, Throwable failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e); // the connection may be gone; the first failure is the story
        }
    }
}
