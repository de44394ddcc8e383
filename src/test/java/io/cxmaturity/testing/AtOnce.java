package io.cxmaturity.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs the same kind of call from several threads released together, so that check-then-insert races in a
 * repository actually happen. Every call's outcome is returned; a thrown error is kept, not swallowed.
 */
public final class AtOnce {
    private AtOnce() {
    }

    /** The outcome of one call: its value, or the error it threw. */
    public static final class Outcome<T> {
        public final T value;
        public final Throwable error;

        Outcome(T value, Throwable error) {
            this.value = value;
            this.error = error;
        }
    }

    public static <T> List<Outcome<T>> run(int threads, IntFunction<Callable<T>> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> task = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return new Outcome<>(task.call(), null);
                    } catch (Exception | AssertionError e) {
                        return new Outcome<>(null, e);
                    }
                }));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fails with the first error any call threw, naming how many of them failed. */
    public static <T> void assertNoErrors(List<Outcome<T>> outcomes) {
        List<Throwable> errors = new ArrayList<>();
        outcomes.stream().filter(o -> o.error != null).forEach(o -> errors.add(o.error));
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.size() + " of " + outcomes.size() + " concurrent calls failed",
                    errors.get(0));
        }
    }
}
