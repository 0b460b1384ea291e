package dev.m2m.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs tasks on several threads released at the same moment, and reports what each task threw.
 * A race that does not finish in time (a deadlock, say) fails the test instead of hanging it.
 */
final class Race {

    /** A task and what it threw, or null when it succeeded. */
    record Outcome<T>(T task, Throwable failure) {

        boolean succeeded() {
            return failure == null;
        }
    }

    private static final long TIMEOUT_SECONDS = 120;

    private Race() {
    }

    /** Every task once, taken from a shared queue by {@code threads} threads. */
    static <T> List<Outcome<T>> run(int threads, List<T> tasks, Consumer<T> action) throws InterruptedException {
        var queue = new ConcurrentLinkedQueue<>(tasks);
        var outcomes = new ConcurrentLinkedQueue<Outcome<T>>();
        var start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < threads; t++) {
                executor.execute(() -> {
                    awaitQuietly(start);
                    for (T task = queue.poll(); task != null; task = queue.poll()) {
                        try {
                            action.accept(task);
                            outcomes.add(new Outcome<>(task, null));
                        } catch (RuntimeException | Error e) {
                            outcomes.add(new Outcome<>(task, e));
                        }
                    }
                });
            }
            start.countDown();
            executor.shutdown();
            if (!executor.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the race did not finish in " + TIMEOUT_SECONDS + " s: a deadlock?");
            }
        } finally {
            executor.shutdownNow();
        }
        return new ArrayList<>(outcomes);
    }

    /** One long-running job per thread, all released at once; the first failure fails the race. */
    static void together(List<Runnable> jobs) throws InterruptedException {
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(jobs.size());
        try {
            for (Runnable job : jobs) {
                executor.execute(() -> {
                    awaitQuietly(start);
                    try {
                        job.run();
                    } catch (RuntimeException | Error e) {
                        failures.add(e);
                    }
                });
            }
            start.countDown();
            executor.shutdown();
            if (!executor.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the race did not finish in " + TIMEOUT_SECONDS + " s: a deadlock?");
            }
        } finally {
            executor.shutdownNow();
        }
        if (!failures.isEmpty()) {
            var first = failures.peek();
            throw new AssertionError("a racing thread failed: " + first, first);
        }
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A race of many short rounds on a fixed set of threads: each round's tasks run one a thread, and
     * wait at a barrier until all have started, so that they really overlap. A new pool per round would
     * cost more than the round itself, and a rare interleaving needs hundreds of rounds to show.
     */
    static final class Rounds implements AutoCloseable {

        private final int threads;
        private final ExecutorService executor;

        Rounds(int threads) {
            this.threads = threads;
            this.executor = Executors.newFixedThreadPool(threads);
        }

        /** Runs the tasks together, one a thread; returns what each threw, in task order, null for success. */
        List<Throwable> together(List<Runnable> tasks) throws InterruptedException {
            if (tasks.size() > threads) {
                throw new IllegalArgumentException(tasks.size() + " tasks for " + threads + " threads");
            }
            var barrier = new CyclicBarrier(tasks.size());
            var futures = new ArrayList<Future<?>>();
            for (Runnable task : tasks) {
                futures.add(executor.submit(() -> {
                    awaitQuietly(barrier);
                    task.run();
                }));
            }
            var failures = new ArrayList<Throwable>();
            for (Future<?> future : futures) {
                try {
                    future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    failures.add(null);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError("a round did not finish in " + TIMEOUT_SECONDS + " s: a deadlock?", e);
                }
            }
            return failures;
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }

        private static void awaitQuietly(CyclicBarrier barrier) {
            try {
                barrier.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the round's tasks did not all start", e);
            }
        }
    }
}
