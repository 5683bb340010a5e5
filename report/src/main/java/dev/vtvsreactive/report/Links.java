package dev.vtvsreactive.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Links from the report's pages to files beside them or above them: relative, so that they open from disk. */
final class Links {

    private Links() {
    }

    /**
     * {@code file} relative to the folder {@code from}, as a link: {@code /} between its names, each
     * encoded where a link needs it ({@code ../../docs/profiling.md}, {@code my%20run/flame.html}).
     */
    static String relative(Path from, Path file) {
        return names(from, file).map(name -> URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    /** {@code file} relative to the folder {@code from}, to be read: {@code my run/flame.html}. */
    static String readable(Path from, Path file) {
        return names(from, file).collect(Collectors.joining("/"));
    }

    private static Stream<String> names(Path from, Path file) {
        Path relative = from.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return StreamSupport.stream(relative.spliterator(), false).map(Path::toString);
    }

    /**
     * The link from the folder {@code from} to {@code repositoryPath} ({@code docs/failure-semantics.md})
     * in the nearest folder above it that holds that file: the repository the report was written in;
     * empty when none does.
     */
    static Optional<String> inRepository(Path from, String repositoryPath) {
        for (Path folder = from.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            Path file = folder.resolve(repositoryPath);
            if (Files.isRegularFile(file)) {
                return Optional.of(relative(from, file));
            }
        }
        return Optional.empty();
    }
}
