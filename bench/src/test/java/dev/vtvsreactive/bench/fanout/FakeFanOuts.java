package dev.vtvsreactive.bench.fanout;

import dev.vtvsreactive.lesson.Model;
import dev.vtvsreactive.lesson.fanout.FanOut;
import dev.vtvsreactive.lesson.fanout.FanOutFactory;
import dev.vtvsreactive.lesson.fanout.FanOutProbe;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** Fan-outs for the experiment's own tests, and runs to feed its records; no fan-out here is registered. */
final class FakeFanOuts {

    private FakeFanOuts() {
    }

    /** A factory, in Reactor's name, of {@link Timers} that hand back their results as they are. */
    static FanOutFactory factory(FanOutVariant... variants) {
        return new FanOutFactory(Model.REACTOR, List.of(variants), variant -> new Timers(UnaryOperator.identity()));
    }

    /** A run of {@code variant} at {@code tasks} waits of a second, that took {@code wallMs}. */
    static FanOutRun run(FanOutVariant variant, int tasks, double wallMs) {
        return new FanOutRun("model", variant, "wiring", tasks, 1_000, wallMs, 12.5, 1_001.25,
                new FanOutRun.Memory(1_000, 60, tasks, 5_000_000, 5_000_000 + 800L * tasks, 1_000_000L, 1_000_000L + 16L * tasks),
                new FanOutRun.Peaks(50_000_000, 90_000_000L, true, 12), Map.of("G1 Young Generation", 7L), 1.5,
                new FanOutRun.Jvm(42, true, List.of("-Xmx4g"), List.of("G1 Young Generation")));
    }

    /**
     * Every task a timer on one scheduler thread, all started at once, the results passed through
     * {@code tamper} before they are handed back: a correct fan-out when it is the identity.
     */
    static final class Timers implements FanOut {

        private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        private final UnaryOperator<List<Integer>> tamper;

        Timers(UnaryOperator<List<Integer>> tamper) {
            this.tamper = tamper;
        }

        @Override
        public String wiring() {
            return "a ScheduledExecutorService timer per task";
        }

        @Override
        public Future<List<Integer>> gather(int tasks, Duration wait, FanOutProbe probe) {
            List<CompletableFuture<Integer>> waits = IntStream.range(0, tasks).mapToObj(index -> {
                CompletableFuture<Integer> done = new CompletableFuture<>();
                probe.started();
                timers.schedule(() -> done.complete(probe.finished(index)), wait.toNanos(), TimeUnit.NANOSECONDS);
                return done;
            }).toList();
            return CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new))
                    .thenApply(all -> tamper.apply(waits.stream().map(CompletableFuture::join).toList()));
        }

        @Override
        public void close() {
            timers.shutdownNow();
        }
    }

    /** Every task waits after the one before it has finished: the first ends before the last starts. */
    static final class OneAfterAnother implements FanOut {

        @Override
        public String wiring() {
            return "one sleep after another";
        }

        @Override
        public Future<List<Integer>> gather(int tasks, Duration wait, FanOutProbe probe) {
            return CompletableFuture.supplyAsync(() -> IntStream.range(0, tasks).mapToObj(index -> {
                probe.started();
                sleep(wait);
                return probe.finished(index);
            }).toList());
        }

        @Override
        public void close() {
        }

        private static void sleep(Duration wait) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
