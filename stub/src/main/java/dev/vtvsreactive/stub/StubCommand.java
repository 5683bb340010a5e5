package dev.vtvsreactive.stub;

import dev.vtvsreactive.lesson.http.JsonPlaceholder;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Serves the jsonplaceholder stand-in until the process is stopped: {@code ./compare stub}, or on its own,
 * {@code java -jar stub/target/stub.jar --port 8080}, so that a server can run outside the measured process.
 */
@Command(name = "stub", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Serves the jsonplaceholder stand-in on 127.0.0.1 until stopped.",
            "GET /posts/{1-100} and /comments/{1-500}, each after --delay-ms",
            "(or ?delay=MS, or under /delay/MS/: /delay/0/posts/1 at once);",
            "Ctrl-C or SIGTERM closes it cleanly."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./compare stub --port 8080",
            "  ./compare stub --port 8080 --delay-ms 100",
            "  ./compare http --base-url http://127.0.0.1:8080   # in another terminal"
        })
public final class StubCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--delay-ms", paramLabel = "N", defaultValue = "0",
            description = "Latency added to every response, in ms (default ${DEFAULT-VALUE}; at most 60000).")
    long delayMillis;

    /**
     * Starts the stub; the stub's objections to {@code port} or {@code latency} are usage errors of
     * {@code spec}'s command.
     */
    public static JsonPlaceholderStub start(CommandSpec spec, int port, Duration latency) {
        try {
            return JsonPlaceholderStub.start(port, latency);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Serves until stopped; exits 2 on bad usage. */
    public static void main(String... args) {
        System.exit(new CommandLine(new StubCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        JsonPlaceholderStub stub = start(spec, port, Duration.ofMillis(delayMillis));
        CountDownLatch stopped = new CountDownLatch(1);
        // A signal ends the JVM without returning here: the hook is what closes the server cleanly.
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("stub-shutdown").unstarted(() -> {
            stub.close();
            out.println("stub stopped");
            out.flush();
            stopped.countDown();
        }));
        out.println("jsonplaceholder stub serving " + stub.baseUrl() + " (latency " + delayMillis + " ms); Ctrl-C stops it");
        out.println("  " + JsonPlaceholder.resolve(stub.baseUrl(), JsonPlaceholder.POST_1));
        out.println("  " + JsonPlaceholder.resolve(stub.baseUrl(), JsonPlaceholder.COMMENT_1));
        out.flush();
        stopped.await();
        return 0;
    }
}
