package dev.vtvsreactive.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyReprTest {

    @Test
    void formatsListsAndDictsAsPythonPrintsThem() {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("id", 1);
        dict.put("ok", true);
        dict.put("none", null);
        dict.put("tags", List.of("a", "b"));

        assertThat(PyRepr.repr(dict)).isEqualTo("{'id': 1, 'ok': True, 'none': None, 'tags': ['a', 'b']}");
        assertThat(PyRepr.repr(Lesson.DATA)).isEqualTo("{'data': 'Some important data'}");
    }

    @Test
    void escapesStringsAndPicksQuotesAsPythonDoes() {
        assertThat(PyRepr.repr("line one\nline two\t\\")).isEqualTo("'line one\\nline two\\t\\\\'");
        assertThat(PyRepr.repr("it's")).isEqualTo("\"it's\"");
        assertThat(PyRepr.repr("both ' and \"")).isEqualTo("'both \\' and \"'");
        assertThat(PyRepr.repr(Arrays.asList("x", null))).isEqualTo("['x', None]");
    }

    @Test
    void printsSecondsAsTheNumberThatWasPassed() {
        assertThat(PyRepr.seconds(Duration.ofSeconds(3))).isEqualTo("3");
        assertThat(PyRepr.seconds(Duration.ofMillis(500))).isEqualTo("0.5");
        assertThat(PyRepr.seconds(Duration.ofMillis(1250))).isEqualTo("1.25");
        assertThat(PyRepr.seconds(Duration.ZERO)).isEqualTo("0");
    }
}
