package dev.vtvsreactive.report;

import java.util.List;
import java.util.Optional;

/**
 * What this run found on living with each model when something goes wrong, each part read from
 * its own file or JMH rows, and each absent when that was not measured.
 *
 * @param traces the stack-trace probe's {@value StackTraceResults#FILE}
 * @param dumps the thread-dump experiment's {@value ThreadDumpResults#FILE}
 * @param context the context-propagation probe's {@value ContextPropagationResults#FILE}
 * @param aidCosts the JMH rows of {@value VariantCosts#DEBUG_AIDS}
 * @param propagationCosts the JMH rows of {@value VariantCosts#CONTEXT_PROPAGATION}
 */
record LivingResults(Optional<StackTraceResults> traces, Optional<ThreadDumpResults> dumps,
                     Optional<ContextPropagationResults> context, Optional<VariantCosts> aidCosts,
                     Optional<VariantCosts> propagationCosts) {

    /** The experiments' files the report reads beside {@code results.json}. */
    static final List<String> FILES = List.of(StackTraceResults.FILE, ThreadDumpResults.FILE, ContextPropagationResults.FILE);

    /** Nothing measured. */
    static final LivingResults NONE = new LivingResults(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());
}
