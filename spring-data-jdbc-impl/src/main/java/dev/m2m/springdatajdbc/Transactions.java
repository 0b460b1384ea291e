package dev.m2m.springdatajdbc;

import dev.m2m.core.Approach;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring opens the transactions, as a Spring application declares them: every part is a bean whose class is
 * {@code @Transactional} (the reads' {@code readOnly = true}), so the one method each registrar call reaches
 * is its one transaction, committed when it returns and rolled back when it throws (a {@code RuntimeException}
 * or an {@code Error}, Spring's rule). What is left to this runner is to hand the work over, and to close the
 * application context (not the caller's DataSource).
 */
final class Transactions implements Approach.Transactions<Void> {

    private final ConfigurableApplicationContext context;

    Transactions(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public <T> T read(Function<Void, T> work) {
        return work.apply(null);
    }

    @Override
    public <T> T write(Function<Void, T> work) {
        return work.apply(null);
    }

    @Override
    public void close() {
        context.close();
    }
}
