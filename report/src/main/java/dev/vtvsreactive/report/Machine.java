package dev.vtvsreactive.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts about the machine that JMH's JSON does not hold, saved as {@value #FILE} beside the
 * results. The JVM, JDK and JMH settings come from the JSON itself; these are captured when the
 * report is first written, right after the run, and reused when the report is rendered again from
 * the saved results: {@link #resultsSha256} ties them to exactly those results.
 *
 * @param capturedAt when the facts were captured (ISO-8601, UTC)
 * @param resultsSha256 SHA-256 of the results.json they were captured for
 * @param os the operating system, its version and architecture
 * @param cpuModel the CPU model ({@code /proc/cpuinfo}), or {@value #UNKNOWN}
 * @param cpus the processors the JVM could use
 * @param memoryBytes the physical memory, 0 when the JVM cannot tell
 * @param gitCommit {@code git rev-parse --short HEAD} of the working directory, or {@value #UNKNOWN}
 * @param javaHome the home of the JDK that wrote the report
 * @param javaVendor that JDK's vendor and vendor version ({@code Eclipse Adoptium Temurin-25.0.3+9}); JMH
 *     records no vendor, so the report names it only where JMH's JVM is this same JDK
 */
record Machine(
        String capturedAt, String resultsSha256, String os, String cpuModel, int cpus, long memoryBytes,
        String gitCommit, String javaHome, String javaVendor) {

    /** The file name beside results.json. */
    static final String FILE = "environment.json";
    /** What a fact reads when it could not be found out. */
    static final String UNKNOWN = "unknown";

    /** Bounds the wait for git: the report must not hang on a stuck repository. */
    private static final long GIT_TIMEOUT_SECONDS = 10;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    Machine {
        for (String fact : new String[] {capturedAt, resultsSha256, os, cpuModel, gitCommit, javaHome, javaVendor}) {
            Objects.requireNonNull(fact, "a machine fact is missing");
        }
    }

    /** The facts of this machine, now, for {@code results}. */
    static Machine capture(byte[] results) {
        var system = ManagementFactory.getOperatingSystemMXBean();
        long memory = system instanceof com.sun.management.OperatingSystemMXBean hotspot ? hotspot.getTotalMemorySize() : 0;
        return new Machine(
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), sha256(results), currentOs(), currentCpuModel(),
                Runtime.getRuntime().availableProcessors(), memory, currentGitCommit(), System.getProperty("java.home"),
                (System.getProperty("java.vendor") + " " + System.getProperty("java.vendor.version", "")).strip());
    }

    /**
     * The facts saved beside {@code resultsFile} for exactly {@code results}; empty when there are
     * none, or when they were captured for other results (a new run overwrote results.json).
     *
     * @throws IllegalArgumentException when the saved file is not an environment file
     */
    static Optional<Machine> savedFor(Path resultsFile, byte[] results) throws IOException {
        Path saved = resultsFile.resolveSibling(FILE);
        if (!Files.isRegularFile(saved)) {
            return Optional.empty();
        }
        Machine machine;
        try {
            machine = MAPPER.readValue(Files.readAllBytes(saved), Machine.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(saved + " is not an environment file written by this report: "
                    + e.getOriginalMessage() + " (delete it to capture this machine's facts instead)", e);
        }
        return sha256(results).equals(machine.resultsSha256()) ? Optional.of(machine) : Optional.empty();
    }

    /** Writes the facts as {@value #FILE} into {@code dir}. */
    void writeInto(Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
    }

    /** The memory in GiB, or {@value #UNKNOWN}. */
    String memory() {
        return memoryBytes > 0 ? "%.1f GiB".formatted(memoryBytes / (1024.0 * 1024 * 1024)) : UNKNOWN;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String currentOs() {
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " (" + System.getProperty("os.arch") + ")";
        return field(Path.of("/etc/os-release"), "PRETTY_NAME", "=")
                .map(name -> name.replace("\"", "") + ", " + kernel)
                .orElse(kernel);
    }

    private static String currentCpuModel() {
        return field(Path.of("/proc/cpuinfo"), "model name", ":").orElse(UNKNOWN);
    }

    /** The value of the first line {@code key<separator>value} of {@code file}, if the file and line exist. */
    private static Optional<String> field(Path file, String key, String separator) {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(line -> line.split(separator, 2))
                    .filter(parts -> parts.length == 2 && parts[0].strip().equals(key))
                    .map(parts -> parts[1].strip())
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static String currentGitCommit() {
        try {
            Process git = new ProcessBuilder(List.of("git", "rev-parse", "--short", "HEAD"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // The output is one short line, far below any pipe buffer: waiting first cannot deadlock.
            if (!git.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return UNKNOWN;
            }
            String commit = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.exitValue() == 0 && !commit.isEmpty() ? commit : UNKNOWN;
        } catch (IOException e) {
            return UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNKNOWN;
        }
    }
}
