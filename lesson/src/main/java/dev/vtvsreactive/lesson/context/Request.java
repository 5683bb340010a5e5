package dev.vtvsreactive.lesson.context;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One request of the probe: its name, which its lines say, and whether it carries an id (its
 * name). A request without one tells a leak: any id on its lines came from another request.
 */
public record Request(String name, boolean identified) {

    /** Every {@value}th request of {@link #many} has no id. */
    public static final int UNIDENTIFIED_EVERY = 10;

    public Request {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains("/") || name.contains(":")) {
            throw new IllegalArgumentException("a request's name must be a word without '/' or ':', was '" + name + "'");
        }
    }

    /** The id the request starts with: its name, or none. */
    public Optional<String> id() {
        return identified ? Optional.of(name) : Optional.empty();
    }

    /**
     * {@code count} requests, {@code r0}, {@code r1}, …, all with their own id but every
     * {@value #UNIDENTIFIED_EVERY}th ({@code n9}, {@code n19}, …), which has none.
     *
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public static List<Request> many(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the requests must be at least 1, were " + count);
        }
        return IntStream.range(0, count)
                .mapToObj(i -> (i + 1) % UNIDENTIFIED_EVERY == 0 ? new Request("n" + i, false) : new Request("r" + i, true))
                .toList();
    }
}
