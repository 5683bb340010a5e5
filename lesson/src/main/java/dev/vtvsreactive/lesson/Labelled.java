package dev.vtvsreactive.lesson;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A variant named by a label on the command line, in JSON and in charts. */
public interface Labelled {

    /** How the variant is named on the command line, in JSON and in charts. */
    String label();

    /**
     * The one of {@code values} labelled {@code label}.
     *
     * @param what names the kind of value in the message, e.g. {@code "fan-out variant"}
     * @throws IllegalArgumentException naming the label and the known ones
     */
    static <T extends Labelled> T byLabel(T[] values, String label, String what) {
        return Arrays.stream(values)
                .filter(value -> value.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + label + "'; known variants: "
                        + Arrays.stream(values).map(Labelled::label).collect(Collectors.joining(", "))));
    }
}
