package dev.m2m.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;

/** Work on entities in one EntityManager and transaction, for the tests that step below the registrar. */
final class InTransaction {

    private InTransaction() {
    }

    /** Commits the work, or rolls it back when it throws: a failed assertion must not leave row locks behind. */
    static void run(EntityManagerFactory factory, Consumer<EntityManager> work) {
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            try {
                work.accept(em);
                em.getTransaction().commit();
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            }
        }
    }
}
