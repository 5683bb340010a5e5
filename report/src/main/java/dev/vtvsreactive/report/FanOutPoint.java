package dev.vtvsreactive.report;

import dev.vtvsreactive.bench.fanout.FanOutRun;
import dev.vtvsreactive.lesson.fanout.FanOutVariant;

/**
 * One measured point of the fan-out section: a model's variant at one N, from the Java sweep or
 * from the asyncio baseline, drawn on the same axes and tabled side by side. Each is one timed
 * run, not a JMH score: no error bar.
 */
sealed interface FanOutPoint {

    /** The model: a Java model's name, or {@code asyncio}/{@code asyncio-uvloop}. */
    String model();

    /** The line it belongs to in the charts: {@code reactor}, {@code reactor flatmap (pitfall)}, {@code asyncio (CPython 3.11.7)}. */
    String series();

    /** {@code idiom}, or the pitfall's name followed by {@code (pitfall)}. */
    String variant();

    /** Whether this is a pitfall's run: never its model's result. */
    boolean pitfall();

    /** N, how many tasks waited. */
    int tasks();

    /** D, how long each task waited. */
    double waitMs();

    /** From the start of the fan-out until every result was in. */
    double wallMs();

    /** The best the variant can do: the wait, or for a fixed pool the wait times its rounds. */
    double idealMs();

    /** Wall time over the ideal. */
    default double overheadMs() {
        return wallMs() - idealMs();
    }

    /**
     * Memory per waiting task as the memory chart draws it: for Java the heap held plus, where
     * measured, the thread memory outside the heap; for asyncio the resident set's growth.
     */
    double memoryPerTaskBytes();

    /**
     * A run of the Java sweep.
     *
     * @param run what the child JVM measured
     */
    record Java(FanOutRun run) implements FanOutPoint {

        /** Shown after a pitfall's name, wherever it appears. */
        static final String PITFALL = " (pitfall)";

        @Override
        public String model() {
            return run.model();
        }

        @Override
        public String series() {
            return run.pitfall() ? run.model() + " " + run.variant() + PITFALL : run.model();
        }

        @Override
        public String variant() {
            return run.pitfall() ? run.variant() + PITFALL : run.variant().label();
        }

        @Override
        public boolean pitfall() {
            return run.pitfall();
        }

        @Override
        public int tasks() {
            return run.tasks();
        }

        @Override
        public double waitMs() {
            return run.waitMs();
        }

        @Override
        public double wallMs() {
            return run.wallMs();
        }

        @Override
        public double idealMs() {
            return run.idealMs();
        }

        @Override
        public double memoryPerTaskBytes() {
            Double thread = run.threadNativePerTaskBytes();
            return run.heapPerTaskBytes() + (thread == null ? 0 : thread);
        }

        /** Whether this is {@code variant} of {@code model}. */
        boolean is(String model, FanOutVariant variant) {
            return run.model().equals(model) && run.variant() == variant;
        }
    }

    /**
     * A run of the asyncio baseline.
     *
     * @param interpreter the interpreter that ran it, e.g. {@code CPython 3.11.7}
     * @param run what it measured
     */
    record Asyncio(String interpreter, AsyncioFanOut.Run run) implements FanOutPoint {

        @Override
        public String model() {
            return run.model();
        }

        @Override
        public String series() {
            return run.model() + " (" + interpreter + ")";
        }

        @Override
        public String variant() {
            return FanOutVariant.IDIOM.label();
        }

        @Override
        public boolean pitfall() {
            return false;
        }

        @Override
        public int tasks() {
            return run.n();
        }

        @Override
        public double waitMs() {
            return run.delayMs();
        }

        @Override
        public double wallMs() {
            return run.wallMs();
        }

        @Override
        public double idealMs() {
            return run.delayMs();
        }

        @Override
        public double memoryPerTaskBytes() {
            return run.bytesPerTask();
        }
    }
}
