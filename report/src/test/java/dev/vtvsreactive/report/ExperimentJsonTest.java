package dev.vtvsreactive.report;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every experiment document the report reads refuses JSON that is not that document, naming the file. */
class ExperimentJsonTest {

    /**
     * @param parse    the document's reader
     * @param scenario what its {@code "scenario"} field must say
     * @param what     how the message names the document
     */
    record Document(BiFunction<Path, byte[], ?> parse, String scenario, String what) {
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                document("cpu-bound.json", CpuBoundResults::parse, "cpu-bound", "a CPU-bound experiment report"),
                document("fan-out.json", FanOutResults::parse, "fanout", "a fan-out experiment report"),
                document(AsyncioFanOut.FILE, AsyncioFanOut::parse, "fan-out", "the asyncio fan-out's JSON"),
                document(LoadResults.FILE, LoadResults::parse, "load", "a load experiment report"),
                document(AsyncioLoad.FILE, AsyncioLoad::parse, "load", "the asyncio load's JSON"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void refusesAnotherScenarioNamingBoth(Path file, Document document) {
        assertThatIllegalArgumentException().isThrownBy(() -> document.parse().apply(file, bytes("{\"scenario\": \"other\"}")))
                .withMessage(file + " is not " + document.what() + ": its \"scenario\" is 'other', not '" + document.scenario() + "'");
        assertThatIllegalArgumentException().isThrownBy(() -> document.parse().apply(file, bytes("[1, 2]")))
                .withMessage(file + " is not " + document.what() + ": its \"scenario\" is '', not '" + document.scenario() + "'");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void refusesJsonOfTheWrongShapeOrNoneNamingTheFile(Path file, Document document) {
        String wrongShape = "{\"scenario\": \"" + document.scenario() + "\", \"runs\": 3, \"plan\": 3}";

        assertThatIllegalArgumentException().isThrownBy(() -> document.parse().apply(file, bytes(wrongShape)))
                .withMessageStartingWith(file + " is not " + document.what() + ": ");
        assertThatIllegalArgumentException().isThrownBy(() -> document.parse().apply(file, bytes("not json")))
                .withMessageStartingWith(file + " is not " + document.what() + ": ");
        assertThatIllegalArgumentException().isThrownBy(() -> document.parse().apply(file, bytes("[")))
                .withMessageStartingWith(file + " is not " + document.what() + ": ");
    }

    private static Arguments document(String file, BiFunction<Path, byte[], ?> parse, String scenario, String what) {
        return Arguments.of(Named.of(file, Path.of("runs", file)), new Document(parse, scenario, what));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
