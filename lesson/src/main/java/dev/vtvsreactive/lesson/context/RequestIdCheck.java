package dev.vtvsreactive.lesson.context;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the lines of one {@link LineKind} of a set of requests carried: a line is {@code correct}
 * when its id is its own request's (or it has none and its request had none), {@code missing} when
 * its request had an id and the line has none, {@code wrong} when it carries an id not its
 * request's: another request's, or one left behind on a reused thread.
 *
 * @param expected the lines of this kind the requests should have logged
 * @param lines    those they logged
 */
public record RequestIdCheck(LineKind kind, int expected, int lines, int correct, int missing, int wrong) {

    /**
     * Checks the {@code lines} said for {@code requests}, kind by kind, in {@link LineKind}'s order;
     * lines naming no request of theirs are not counted.
     */
    public static Map<LineKind, RequestIdCheck> byKind(Collection<Request> requests, Collection<RequestLine> lines) {
        Map<String, Request> byName = requests.stream().collect(Collectors.toMap(Request::name, Function.identity()));
        Map<LineKind, int[]> counts = new EnumMap<>(LineKind.class);
        for (LineKind kind : LineKind.values()) {
            counts.put(kind, new int[4]);
        }
        for (RequestLine line : lines) {
            Request request = RequestLog.requestOf(line.message()).map(byName::get).orElse(null);
            Optional<LineKind> kind = LineKind.of(line.message());
            if (request == null || kind.isEmpty()) {
                continue;
            }
            int[] count = counts.get(kind.get());
            count[0]++;
            if (line.requestId().equals(request.id())) {
                count[1]++;
            } else if (line.requestId().isEmpty()) {
                count[2]++;
            } else {
                count[3]++;
            }
        }
        Map<LineKind, RequestIdCheck> checks = new EnumMap<>(LineKind.class);
        counts.forEach((kind, count) -> checks.put(kind,
                new RequestIdCheck(kind, requests.size() * kind.perRequest(), count[0], count[1], count[2], count[3])));
        return checks;
    }

    /** Whether every line was logged and carried its own request's id (or none, for a request without one). */
    public boolean allCarried() {
        return lines == expected && correct == lines;
    }

    /** Whether no line carried an id not its own: nothing leaked, whatever went missing. */
    public boolean noneWrong() {
        return wrong == 0;
    }
}
