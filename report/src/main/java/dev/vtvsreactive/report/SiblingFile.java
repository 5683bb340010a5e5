package dev.vtvsreactive.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file the report reads beside {@code results.json} ({@code cpu-bound.json}, {@code fan-out.json},
 * the asyncio baseline's files), as read, so that the report's folder gets the very bytes it shows.
 *
 * @param source where it was read
 * @param content what it held
 */
record SiblingFile(Path source, byte[] content) {

    /** The file {@code name} beside {@code results}, if there is one. */
    static Optional<SiblingFile> beside(Path results, String name) throws IOException {
        Path file = results.resolveSibling(name);
        return Files.isRegularFile(file) ? Optional.of(new SiblingFile(file, Files.readAllBytes(file))) : Optional.empty();
    }

    /** The file's name. */
    String name() {
        return source.getFileName().toString();
    }

    /** Writes the content into {@code outDir} under the file's name, unless the file is already there. */
    void copyInto(Path outDir) throws IOException {
        copy(content, source, outDir.resolve(name()));
    }

    /** Writes {@code content}, read from {@code source}, to {@code target} unless that is {@code source} itself. */
    static void copy(byte[] content, Path source, Path target) throws IOException {
        if (!Files.exists(target) || !Files.isSameFile(target, source)) {
            Files.write(target, content);
        }
    }

    /**
     * Deletes an earlier report's copy of {@code name} in {@code outDir}: beside these results,
     * rendering them again would take it for theirs.
     */
    static void deleteStale(Path outDir, String name) throws IOException {
        Files.deleteIfExists(outDir.resolve(name));
    }
}
