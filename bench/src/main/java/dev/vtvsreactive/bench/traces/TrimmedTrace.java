package dev.vtvsreactive.bench.traces;

import dev.vtvsreactive.lesson.traces.TracedFailure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed stack trace cut down to what a reader looks for: every headline and message line, every
 * frame of the suite's own code, and each run of library and JDK frames folded into one line that
 * says how many there were and whose. Names lose their packages, {@code (File.java:42)} becomes
 * {@code :42}, and a tab of indentation two spaces. Assembly traces written as messages (Reactor's,
 * RxJava's) are folded the same way, since they print their sites as frames.
 *
 * <pre>{@code
 * JobFailedException: Job B failed
 *   Job.finish:123
 *   ReactorFailures.lambda$job$2:42
 *   … 15 frames of reactor.core, java.util, java.lang
 * }</pre>
 */
public final class TrimmedTrace {

    /** An indented {@code at java.base/java.util.concurrent.FutureTask.run(FutureTask.java:328)}, or an assembly site without {@code at}. */
    private static final Pattern FRAME =
            Pattern.compile("(\\s+)(?:at )?(?:[\\w.]+/)?((?:[a-z_$][\\w$]*\\.)+)([\\w$]+\\.[\\w$<>]+)(\\(.*\\))?");
    private static final Pattern COMMON_FRAMES = Pattern.compile("(\\s*)\\.\\.\\. (\\d+) more");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_][\\w]*\\.)+([A-Z][\\w$]*)");
    private static final Pattern SOURCE_LINE = Pattern.compile("\\([\\w$]+\\.java:(\\d+)\\)");
    private static final int FOLDED_OWNERS = 3;

    private TrimmedTrace() {
    }

    /** {@code failure}'s trace, trimmed. */
    public static List<String> of(TracedFailure failure) {
        return of(failure.trace());
    }

    /** {@code trace}, as {@link Throwable#printStackTrace} prints it, trimmed. */
    public static List<String> of(List<String> trace) {
        List<String> trimmed = new ArrayList<>();
        Fold fold = new Fold();
        for (String line : trace) {
            Matcher frame = FRAME.matcher(line);
            if (frame.matches() && !(frame.group(2) + frame.group(3)).startsWith(TracedFailure.OWN_PACKAGE)) {
                fold.add(indent(frame.group(1)), frame.group(2));
                continue;
            }
            fold.flushInto(trimmed);
            Matcher common = COMMON_FRAMES.matcher(line);
            trimmed.add(common.matches()
                    ? indent(common.group(1)) + "… " + common.group(2) + " more, as above"
                    : indent(leadingSpace(line)) + shorten(line.strip()));
        }
        fold.flushInto(trimmed);
        return trimmed;
    }

    /** Names without their packages, {@code :42} for a source line, Reactor's padded arrows unpadded. */
    static String shorten(String line) {
        String shorter = SOURCE_LINE.matcher(QUALIFIED.matcher(line).replaceAll("$1")).replaceAll(":$1");
        return shorter.replaceAll("_{3,}", "__").replaceAll("\\|_\\s+", "|_ ").replaceFirst("^at ", "");
    }

    private static String leadingSpace(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    private static String indent(String whitespace) {
        return whitespace.replace("\t", "  ");
    }

    /** A run of library and JDK frames, about to become one line. */
    private static final class Fold {
        private String indent = "";
        private int frames;
        private final Set<String> owners = new LinkedHashSet<>();

        void add(String indent, String packagePrefix) {
            this.indent = indent;
            frames++;
            String[] segments = packagePrefix.split("\\.");
            owners.add(segments.length > 1 ? segments[0] + "." + segments[1] : segments[0]);
        }

        void flushInto(List<String> trimmed) {
            if (frames == 0) {
                return;
            }
            List<String> named = owners.stream().limit(FOLDED_OWNERS).toList();
            trimmed.add(indent + "… " + frames + (frames == 1 ? " frame of " : " frames of ") + String.join(", ", named)
                    + (owners.size() > FOLDED_OWNERS ? ", …" : ""));
            frames = 0;
            owners.clear();
        }
    }
}
