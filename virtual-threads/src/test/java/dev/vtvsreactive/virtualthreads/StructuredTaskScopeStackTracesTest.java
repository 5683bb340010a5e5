package dev.vtvsreactive.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.lesson.http.Comment;
import dev.vtvsreactive.lesson.http.JdkHttp;
import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import dev.vtvsreactive.lesson.http.Post;
import dev.vtvsreactive.lesson.http.PostAndComment;
import dev.vtvsreactive.contract.StackTracesContractTest;
import dev.vtvsreactive.lesson.traces.FailingScenario;
import dev.vtvsreactive.lesson.traces.Mention;
import dev.vtvsreactive.lesson.traces.NamedMethod;
import dev.vtvsreactive.lesson.traces.StackTracesModel;
import dev.vtvsreactive.lesson.traces.TracedFailure;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The labelled variant of the virtual threads' stack traces: the failing scenarios forked in a
 * {@link StructuredTaskScope} (JDK 25 preview, hence here, in the one place compiled and run with
 * {@code --enable-preview}). {@code join()} throws a {@code FailedException} made on the caller's
 * thread, the subtask's exception as its cause: the trace names the scenario, the caller and the
 * failing task.
 */
class StructuredTaskScopeStackTracesTest extends StackTracesContractTest {

    /** The scenarios with their tasks forked in a scope: the structured form of {@link VirtualThreadsStackTraces}. */
    static final class StructuredStackTraces implements StackTracesModel {

        private final VirtualThreadsFailures failures = new VirtualThreadsFailures(FailingScenario.CONTEXT);
        private final HttpClient client = JdkHttp.newClient(FailingScenario.CONTEXT.httpTimeouts());

        @Override
        public String blockingCall() {
            return "StructuredTaskScope.join()";
        }

        @Override
        public NamedMethod scenarioMethod(FailingScenario scenario) {
            return NamedMethod.of(StructuredStackTraces.class, scenario == FailingScenario.GATHER ? "gather" : "http");
        }

        @Override
        public List<String> gather(List<Job> jobs) throws InterruptedException {
            try (StructuredTaskScope<String, Void> scope = StructuredTaskScope.open()) {
                List<Subtask<String>> subtasks = jobs.stream().map(job -> scope.fork(() -> failures.job(job))).toList();
                scope.join();
                return subtasks.stream().map(Subtask::get).toList();
            }
        }

        @Override
        public PostAndComment http(URI postsBase, URI commentsBase) throws InterruptedException {
            try (StructuredTaskScope<Object, Void> scope = StructuredTaskScope.open()) {
                Subtask<Post> post = scope.fork(() -> JdkHttp.send(client,
                        JsonPlaceholder.resolve(postsBase, JsonPlaceholder.POST_1), Post.class, FailingScenario.CONTEXT.httpTimeouts()));
                Subtask<Comment> comment = scope.fork(() -> JdkHttp.send(client,
                        JsonPlaceholder.resolve(commentsBase, JsonPlaceholder.COMMENT_1), Comment.class, FailingScenario.CONTEXT.httpTimeouts()));
                scope.join();
                return new PostAndComment(post.get(), comment.get());
            }
        }

        @Override
        public void close() {
            failures.close();
            client.close();
        }
    }

    @ParameterizedTest
    @EnumSource(FailingScenario.class)
    void joinRethrowsOnTheCallersThreadSoTheTraceNamesTheScenarioTheCallerAndTheFailingTask(FailingScenario scenario) {
        TracedFailure caught = caught(new StructuredStackTraces(), scenario);

        assertThat(caught.exception()).isEqualTo(StructuredTaskScope.FailedException.class.getName());
        assertThat(caught.scenarioNamed()).isEqualTo(Mention.FRAME);
        assertThat(caught.callerNamed()).isEqualTo(Mention.FRAME);
        assertThat(caught.text()).contains("Caused by: ", scenario == FailingScenario.GATHER
                ? "at dev.vtvsreactive.virtualthreads.VirtualThreadsFailures.job("
                : "at dev.vtvsreactive.lesson.http.JdkHttp.send(");
    }
}
