package dev.vtvsreactive.lesson;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A variant named by a label on the command line, in JSON and in charts: an enum constant's name in
 * lower case with dashes, {@code FIXED_POOL_200} as {@code fixed-pool-200}.
 */
public interface Labelled {

    /** The constant's name, as every enum has it. */
    String name();

    /** How the variant is named on the command line, in JSON and in charts. */
    @JsonValue
    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

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
