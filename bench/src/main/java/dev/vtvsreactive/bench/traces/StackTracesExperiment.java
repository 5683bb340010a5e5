package dev.vtvsreactive.bench.traces;

import dev.vtvsreactive.bench.traces.StackTracesReport.NotRun;
import dev.vtvsreactive.lesson.Blocking.LessonTimeoutException;
import dev.vtvsreactive.lesson.LessonModels;
import dev.vtvsreactive.lesson.traces.DebugAid;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.StackTracesFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What each model hands its caller when concurrent work fails, with its debug aids off and on: the
 * lesson's gather with job B failing, and its HTTP example with {@code comments/1} answered 500, each
 * called by application code on a virtual thread and waited for with the model's own blocking API.
 * Per model, aid and scenario it measures the frames of the whole chain caught (causes and
 * suppressed included), how many are the suite's own code, and whether the trace names the method
 * that started the work and the caller's own method.
 *
 * <p>Expect every plain trace to show the thread that ran the failing step (a timer, an event loop,
 * the task's own virtual thread) and not the code that built the work; the caller only where the
 * blocking call made an exception on the caller's thread and kept it; the assembly aids to name the
 * sites where the work was built, at the cost of lines. An aid that changes its JVM for good runs
 * in a child JVM; the rest run here, one after another, each switched off before the next.
 *
 * <pre>{@code
 * StackTracesReport report = StackTracesExperiment.run(List.of("reactor", "rxjava"), System.out::println);
 * System.out.println(report.toJson());
 * }</pre>
 */
public final class StackTracesExperiment {

    private StackTracesExperiment() {
    }

    /**
     * Runs every aid of every model of {@code models}, in that order. An aid this build cannot run
     * is reported as skipped; one that fails or times out as failed, with its error: the others still run.
     *
     * @param progress told of each run, skip and failure as it happens, one line each
     * @throws IllegalArgumentException naming an unknown model
     */
    public static StackTracesReport run(List<String> models, Consumer<String> progress) {
        return probe(models.stream().map(model -> LessonModels.plugin(model).stackTraces()).toList(), progress);
    }

    /** {@link #run} for the models these factories make. */
    static StackTracesReport probe(List<StackTracesFactory> factories, Consumer<String> progress) {
        List<StackTraceRun> runs = new ArrayList<>();
        List<NotRun> skipped = new ArrayList<>();
        List<NotRun> failed = new ArrayList<>();
        for (StackTracesFactory factory : factories) {
            for (DebugAid aid : factory.variants()) {
                if (aid.refusal().isPresent()) {
                    skipped.add(report(new NotRun(factory.name(), aid, aid.refusal().get()), "skipped", progress));
                    continue;
                }
                try {
                    List<StackTraceRun> ran = aid.ownJvm()
                            ? ForkedProbe.run(factory.name(), aid, ForkedProbe.bound())
                            : StackTraceProbe.run(factory, aid, false);
                    runs.addAll(ran);
                    ran.forEach(run -> progress.accept(describe(run)));
                } catch (RuntimeException e) {
                    // An aid that does not work with the libraries in use is a finding: reported, not hidden.
                    failed.add(report(new NotRun(factory.name(), aid, reason(e)), "failed", progress));
                }
            }
        }
        return new StackTracesReport(Runtime.version().toString(), FailingScenario.CONTEXT.scale().factor(), runs,
                skipped, failed);
    }

    /** The probe's own failures (a child that failed, a wait that ran out) say what they are; others are named by type. */
    private static String reason(RuntimeException e) {
        boolean probes = e instanceof LessonTimeoutException || e instanceof IllegalStateException;
        return probes && e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private static NotRun report(NotRun notRun, String what, Consumer<String> progress) {
        progress.accept(notRun.model() + " " + notRun.aid() + " " + what + ": " + notRun.reason());
        return notRun;
    }

    private static String describe(StackTraceRun run) {
        return String.format(Locale.ROOT, "%s %s %s: %s, %d lines, %d frames (%d own), scenario %s, caller %s",
                run.model(), run.aid(), run.scenario(), simpleName(run.caught().exception()), run.caught().lines(),
                run.caught().frames(),
                run.caught().ownFrames(), run.caught().scenarioNamed(), run.caught().callerNamed());
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
