package dev.vtvsreactive.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.LessonContext;
import dev.vtvsreactive.contract.LessonContractTest;
import dev.vtvsreactive.lesson.LessonModel;
import dev.vtvsreactive.lesson.Narrator.Event;
import org.junit.jupiter.api.Test;

class VirtualThreadsContractTest extends LessonContractTest {

    @Override
    protected LessonModel createModel(LessonContext context) {
        return new VirtualThreadsModel(context);
    }

    @Test
    void runsEveryTaskOnAVirtualThreadOfItsOwn() {
        model.gather(Lesson.GATHER_TASKS);

        assertThat(recording.events()).extracting(Event::thread).allMatch(thread -> thread.startsWith("virtual#"));
        assertThat(recording.events().stream().filter(e -> e.line().endsWith("Starting (delay=3s)")).findFirst()
                .orElseThrow().thread())
                .isEqualTo(recording.events().stream().filter(e -> e.line().equals("Task A: Finished")).findFirst()
                        .orElseThrow().thread());
    }

    @Test
    void greetsOnAVirtualThreadNotTheCaller() {
        model.greet("Alice");

        assertThat(recording.events().getFirst().thread()).startsWith("virtual#");
    }
}
