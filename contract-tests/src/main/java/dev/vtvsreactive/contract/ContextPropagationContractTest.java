package dev.vtvsreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vtvsreactive.lesson.context.ContextPropagationFactory;
import dev.vtvsreactive.lesson.context.ContextPropagationModel;
import dev.vtvsreactive.lesson.context.LineKind;
import dev.vtvsreactive.lesson.context.Propagation;
import dev.vtvsreactive.lesson.context.Request;
import dev.vtvsreactive.lesson.context.RequestIdCheck;
import dev.vtvsreactive.lesson.context.RequestIdProbe;
import dev.vtvsreactive.lesson.context.RequestLog;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every model's ways of carrying a request id must do, under concurrency: a thousand requests
 * at once, each with its own id (every tenth with none), each running the gather and the HTTP
 * example. Where a propagation reaches a kind of line, every such line carries its own request's
 * id; where it does not, none does; and no line ever carries another request's id, nor one left
 * behind on a reused thread. A model says which kinds each of its propagations reaches.
 */
@Timeout(180)
public abstract class ContextPropagationContractTest {

    /** The requests served at once. */
    protected static final int REQUESTS = 1_000;

    @RegisterExtension
    static final StubPerClass STUB = new StubPerClass();

    /** The model's propagations. */
    protected abstract ContextPropagationFactory factory();

    /** The kinds of line {@code propagation} carries the request's id to, in this model. */
    protected abstract Set<LineKind> reaches(Propagation propagation);

    /** The checks of {@code requests} served at once by a fresh model with {@code propagation}, closed afterwards. */
    protected static Map<LineKind, RequestIdCheck> probe(ContextPropagationFactory factory, Propagation propagation,
            List<Request> requests) throws InterruptedException {
        try (ContextPropagationModel model = factory.create(propagation)) {
            return probe(model, requests);
        }
    }

    private static Map<LineKind, RequestIdCheck> probe(ContextPropagationModel model, List<Request> requests)
            throws InterruptedException {
        Duration bound = RequestLog.gatherBound(RequestLog.CONTEXT).plus(RequestLog.httpBound(RequestLog.CONTEXT));
        return RequestIdProbe.run(model, requests, STUB.stub().baseUrl(), bound);
    }

    @TestFactory
    Stream<DynamicTest> aThousandConcurrentRequestsEachFindTheirOwnIdWhereThePropagationReachesAndNoIdElsewhere() {
        return factory().variants().stream().map(propagation -> DynamicTest.dynamicTest(propagation.label(), () -> {
            List<Request> requests = Request.many(REQUESTS);
            long identified = requests.stream().filter(Request::identified).count();
            Map<LineKind, RequestIdCheck> checks = probe(factory(), propagation, requests);

            for (LineKind kind : LineKind.values()) {
                RequestIdCheck check = checks.get(kind);
                assertThat(check.lines()).as("%s lines logged", kind).isEqualTo(check.expected());
                assertThat(check.wrong()).as("%s lines with an id not their own", kind).isZero();
                if (reaches(propagation).contains(kind)) {
                    assertThat(check.allCarried()).as("%s: every line carries its own id: %s", kind, check).isTrue();
                } else {
                    assertThat(check.missing()).as("%s: no identified request's line has its id: %s", kind, check)
                            .isEqualTo(identified * kind.perRequest());
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> nothingIsLeftOnAReusedThreadForTheRequestsThatFollowWithoutAnId() {
        return factory().variants().stream().map(propagation -> DynamicTest.dynamicTest(propagation.label(), () -> {
            List<Request> identified = IntStream.range(0, 100).mapToObj(i -> new Request("first" + i, true)).toList();
            List<Request> anonymous = IntStream.range(0, 100).mapToObj(i -> new Request("then" + i, false)).toList();
            try (ContextPropagationModel model = factory().create(propagation)) {
                probe(model, identified);
                Map<LineKind, RequestIdCheck> after = probe(model, anonymous);

                assertThat(after.values()).allSatisfy(check -> assertThat(check.allCarried()).as("%s", check).isTrue());
            }
        }));
    }

    @Test
    void aPropagationTheModelDoesNotHaveIsRefusedNamingTheOnesItHas() {
        Propagation missing = Arrays.stream(Propagation.values())
                .filter(propagation -> !factory().variants().contains(propagation))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> factory().create(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.label())
                .hasMessageContaining(factory().variants().getLast().label());
    }

    @Test
    void noneComesFirst() {
        assertThat(factory().variants().getFirst()).isEqualTo(Propagation.NONE);
    }
}
