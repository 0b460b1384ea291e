package dev.m2m.jpa;

import dev.m2m.core.DatabaseFailureException;
import dev.m2m.core.RegistrarException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * One EntityManager and one transaction per registrar call: a short persistence context that
 * starts empty and is thrown away, so nothing is cached between calls and no entity outlives it.
 * Domain exceptions roll back and pass through; anything else from JPA or Hibernate becomes a
 * {@link DatabaseFailureException}.
 */
final class Transactions {

    private final EntityManagerFactory factory;
    private final AtomicBoolean closed = new AtomicBoolean();

    Transactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** A write that returns what it created. */
    <T> T create(String operation, Function<EntityManager, T> work) {
        return run(operation, false, work);
    }

    void write(String operation, Consumer<EntityManager> work) {
        run(operation, false, em -> {
            work.accept(em);
            return null;
        });
    }

    /** Read-only: Hibernate keeps no snapshots for dirty checking and never flushes. */
    <T> T read(String operation, Function<EntityManager, T> work) {
        return run(operation, true, work);
    }

    /** Refuses new calls, then closes Hibernate (its caches and metadata) once; the DataSource stays open. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            factory.close();
        }
    }

    private <T> T run(String operation, boolean readOnly, Function<EntityManager, T> work) {
        if (closed.get()) {
            // checked here, not left to Hibernate: its own IllegalStateException says nothing of the registrar
            throw new IllegalStateException("registrar is closed");
        }
        try (EntityManager em = openEntityManager()) {
            if (readOnly) {
                em.unwrap(Session.class).setDefaultReadOnly(true);
            }
            EntityTransaction transaction = em.getTransaction();
            try {
                transaction.begin();
                T result = work.apply(em);
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                rollbackQuietly(transaction, e);
                throw e;
            }
        } catch (RegistrarException e) {
            throw e;
        } catch (PersistenceException e) { // Hibernate's own exceptions extend it too
            throw new DatabaseFailureException(operation, e);
        }
    }

    /** A call that passed the check while close() ran meets a closed factory: it is told the same. */
    private EntityManager openEntityManager() {
        try {
            return factory.createEntityManager();
        } catch (IllegalStateException e) {
            if (closed.get()) {
                throw new IllegalStateException("registrar is closed", e);
            }
            throw e;
        }
    }

    private static void rollbackQuietly(EntityTransaction transaction, RuntimeException failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e); // the connection may be gone; the first failure is the story
        }
    }
}
