package dev.vtvsreactive.lesson.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.lesson.Lesson;
import dev.vtvsreactive.lesson.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void aRequestsTasksAreTheLessonsNamedAfterItAndEveryLineTheySayNamesIt() {
        List<Task> tasks = RequestLog.tasks("r17");

        assertThat(tasks).extracting(Task::name).containsExactly("r17/A", "r17/B", "r17/C");
        assertThat(tasks).extracting(Task::delay).isEqualTo(Lesson.GATHER_TASKS.stream().map(Task::delay).toList());
        assertThat(RequestLog.requestOf(tasks.getFirst().starting())).contains("r17");
        assertThat(RequestLog.requestOf(tasks.getFirst().finished())).contains("r17");
        assertThat(RequestLog.requestOf(RequestLog.answered("n9", "posts/1"))).contains("n9");
        assertThat(RequestLog.requestOf(Lesson.FETCHING)).isEmpty();
    }

    @Test
    void eachLineHasItsKind() {
        Task task = RequestLog.tasks("r1").getFirst();

        assertThat(LineKind.of(task.starting())).contains(LineKind.TASK_STARTING);
        assertThat(LineKind.of(task.finished())).contains(LineKind.TASK_FINISHED);
        assertThat(LineKind.of(RequestLog.answered("r1", "comments/1"))).contains(LineKind.GET_ANSWERED);
        assertThat(LineKind.of(Lesson.FETCHED)).isEmpty();
        assertThat(List.of(LineKind.values())).extracting(LineKind::perRequest).containsExactly(3, 3, 2);
    }

    @Test
    void everyTenthRequestHasNoId() {
        List<Request> requests = Request.many(20);

        assertThat(requests).extracting(Request::name).startsWith("r0", "r1").contains("n9", "n19").doesNotContain("r9");
        assertThat(requests.get(9).id()).isEmpty();
        assertThat(requests.get(10).id()).contains("r10");
        assertThatThrownBy(() -> Request.many(0)).hasMessage("the requests must be at least 1, were 0");
        assertThatThrownBy(() -> new Request("a/b", true)).hasMessageContaining("without '/' or ':', was 'a/b'");
    }

    @Test
    void aLineIsCorrectWithItsOwnIdOrNoneForARequestWithoutOneMissingOrWrongOtherwise() {
        List<Request> requests = List.of(new Request("r1", true), new Request("n2", false));
        Task r1 = RequestLog.tasks("r1").getFirst();
        Task n2 = RequestLog.tasks("n2").getFirst();
        List<RequestLine> lines = List.of(
                line(r1.starting(), "r1"),
                line(r1.finished(), null),
                line(n2.starting(), null),
                line(n2.finished(), "r1"),
                line(RequestLog.answered("r1", "posts/1"), "n2"),
                line(RequestLog.answered("r99", "posts/1"), "r99"),
                line(Lesson.FETCHED, "r1"));

        Map<LineKind, RequestIdCheck> checks = RequestIdCheck.byKind(requests, lines);

        assertThat(checks.keySet()).containsExactly(LineKind.values());
        assertThat(checks.get(LineKind.TASK_STARTING)).isEqualTo(new RequestIdCheck(LineKind.TASK_STARTING, 6, 2, 2, 0, 0));
        assertThat(checks.get(LineKind.TASK_FINISHED)).isEqualTo(new RequestIdCheck(LineKind.TASK_FINISHED, 6, 2, 0, 1, 1));
        assertThat(checks.get(LineKind.GET_ANSWERED)).as("a line of a request not probed is not counted")
                .isEqualTo(new RequestIdCheck(LineKind.GET_ANSWERED, 4, 1, 0, 0, 1));
        assertThat(checks.values()).noneMatch(RequestIdCheck::allCarried);
        assertThat(checks.get(LineKind.TASK_STARTING).noneWrong()).isTrue();
    }

    private static RequestLine line(String message, String id) {
        return new RequestLine(message, Optional.ofNullable(id), "test");
    }
}
