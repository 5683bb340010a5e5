package dev.vtvsreactive.bench.traces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A trace cut down for reading: the suite's frames and every message kept, library runs folded, names short. */
class TrimmedTraceTest {

    @Test
    void keepsTheSuitesFramesAndFoldsEachRunOfOthersNamingWhoseTheyWere() {
        List<String> trace = List.of(
                "dev.vtvsreactive.lesson.failure.JobFailedException: Job B failed",
                "\tat dev.vtvsreactive.lesson.failure.Job.finish(Job.java:123)",
                "\tat dev.vtvsreactive.reactor.ReactorFailures.lambda$job$2(ReactorFailures.java:42)",
                "\tat reactor.core.publisher.MonoCallable.call(MonoCallable.java:69)",
                "\tat reactor.core.scheduler.PeriodicWorkerTask.run(PeriodicWorkerTask.java:77)",
                "\tat java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:369)",
                "\tat java.base/java.lang.Thread.run(Thread.java:1474)",
                "\tSuppressed: java.lang.Exception: #block terminated with an error",
                "\t\tat reactor.core.publisher.Mono.block(Mono.java:1800)",
                "\t\tat dev.vtvsreactive.lesson.traces.ScenarioCaller.callScenario(ScenarioCaller.java:52)",
                "\t\t... 3 more");

        assertThat(TrimmedTrace.of(trace)).containsExactly(
                "JobFailedException: Job B failed",
                "  Job.finish:123",
                "  ReactorFailures.lambda$job$2:42",
                "  … 4 frames of reactor.core, java.util, java.lang",
                "  Suppressed: Exception: #block terminated with an error",
                "    … 1 frame of reactor.core",
                "    ScenarioCaller.callScenario:52",
                "    … 3 more, as above");
    }

    @Test
    void foldsAssemblySitesWrittenAsMessageLinesLikeFramesAndUnpadsReactorsArrows() {
        List<String> trace = List.of(
                "\tSuppressed: The stacktrace has been enhanced by Reactor, refer to additional information below: ",
                "Assembly trace from producer [reactor.core.publisher.MonoIgnoreThen] :",
                "\treactor.core.publisher.Flux.then",
                "\tdev.vtvsreactive.reactor.ReactorFailures.job(ReactorFailures.java:42)",
                "Error has been observed at the following site(s):",
                "\t*___________Flux.then ⇢ at dev.vtvsreactive.reactor.ReactorFailures.job(ReactorFailures.java:42)",
                "\t|_       Mono.retryWhen ⇢ at dev.vtvsreactive.reactor.ReactorNettyHttp.get(ReactorNettyHttp.java:54)");

        assertThat(TrimmedTrace.of(trace)).containsExactly(
                "  Suppressed: The stacktrace has been enhanced by Reactor, refer to additional information below:",
                "Assembly trace from producer [MonoIgnoreThen] :",
                "  … 1 frame of reactor.core",
                "  ReactorFailures.job:42",
                "Error has been observed at the following site(s):",
                "  *__Flux.then ⇢ at ReactorFailures.job:42",
                "  |_ Mono.retryWhen ⇢ at ReactorNettyHttp.get:54");
    }

    @Test
    void namesAtMostThreeOwnersOfAFoldAndLeavesUrlsAndUnindentedHeadlinesAlone() {
        List<String> trace = List.of(
                "java.util.concurrent.CancellationException",
                "\tat io.netty.channel.A.a(A.java:1)",
                "\tat reactor.netty.B.b(B.java:2)",
                "\tat reactor.core.C.c(C.java:3)",
                "\tat java.base/java.lang.Thread.run(Thread.java:4)",
                "Caused by: dev.vtvsreactive.lesson.http.HttpFailure: GET http://127.0.0.1:8080/comments/1: unexpected HTTP status");

        assertThat(TrimmedTrace.of(trace)).containsExactly(
                "CancellationException",
                "  … 4 frames of io.netty, reactor.netty, reactor.core, …",
                "Caused by: HttpFailure: GET http://127.0.0.1:8080/comments/1: unexpected HTTP status");
    }
}
