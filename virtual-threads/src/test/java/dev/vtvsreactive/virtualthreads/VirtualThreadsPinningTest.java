package dev.vtvsreactive.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.lesson.Narrator;
import dev.vtvsreactive.lesson.TimeScale;
import dev.vtvsreactive.lesson.failure.Job;
import dev.vtvsreactive.stub.JsonPlaceholderStub;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Java Flight Recorder proves that the virtual-thread model never pins a carrier once warm: while
 * its scenarios run a second time, no {@code jdk.VirtualThreadPinned} event is recorded, at any
 * duration (JFR's default threshold is 20 ms; this one is zero). The first run is not recorded: there,
 * virtual threads that load or initialize the same JDK classes at once wait for each other pinned,
 * for well under a millisecond each ("Freeze or preempt failed (2)", "Waited for initialization of
 * ... by another thread").
 *
 * <p>A positive control shows that the recording would see a pinned thread: on JDK 24 and later,
 * {@code synchronized} no longer pins (JEP 491), but a virtual thread that blocks inside a class
 * initializer still does.
 */
@Timeout(60)
class VirtualThreadsPinningTest {

    private static final String PINNED = "jdk.VirtualThreadPinned";

    /** Records every pinning event while {@code scenario} runs. */
    private static List<RecordedEvent> pinnedDuring(ThrowingRunnable scenario) throws Exception {
        List<RecordedEvent> pinned = new CopyOnWriteArrayList<>();
        try (RecordingStream recording = new RecordingStream()) {
            recording.enable(PINNED).withThreshold(Duration.ZERO).withStackTrace();
            recording.onEvent(PINNED, pinned::add);
            recording.startAsync();
            scenario.run();
            recording.stop(); // returns once every recorded event has been handed to onEvent
        }
        return pinned;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void onceWarmTheHttpAndFailureScenariosNeverPinACarrier() throws Exception {
        try (JsonPlaceholderStub stub = JsonPlaceholderStub.start(0, Duration.ofMillis(20))) {
            runScenarios(stub);

            List<RecordedEvent> pinned = pinnedDuring(() -> runScenarios(stub));

            assertThat(pinned).as("pinned virtual threads").isEmpty();
        }
    }

    private static void runScenarios(JsonPlaceholderStub stub) {
        LessonContext context = new LessonContext(new TimeScale(0.01), Narrator.recording().narrator());
        try (VirtualThreadsModel model = new VirtualThreadsModel(context);
                VirtualThreadsFailureModel failures = new VirtualThreadsFailureModel(context)) {
            model.http(stub.baseUrl());
            model.posts(stub.baseUrl(), IntStream.rangeClosed(1, 100).boxed().toList(), 50);
            model.gather(Lesson.GATHER_TASKS);
            failures.taskGroup(List.of(Job.succeeding("A", 5, Duration.ofMillis(10)), Job.succeeding("B", 3, Duration.ofMillis(10))));
        }
    }

    /** Blocks in its initializer: a virtual thread that initializes it stays pinned to its carrier meanwhile. */
    private static final class SlowToInitialize {
        static {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        static void touch() {
        }
    }

    @Test
    void theRecordingSeesAVirtualThreadPinnedByAClassInitializer() throws Exception {
        List<RecordedEvent> pinned = pinnedDuring(() -> Thread.ofVirtual().start(SlowToInitialize::touch).join());

        assertThat(pinned).isNotEmpty();
        assertThat(pinned.getFirst().getString("pinnedReason")).contains("<clinit>");
    }
}
