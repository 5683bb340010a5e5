package dev.vtvsreactive.lesson;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The suite's four concurrency models, in the order every table, chart and run lists them. */
public enum Model {

    VIRTUAL_THREADS("virtual-threads"),
    REACTOR("reactor"),
    RXJAVA("rxjava"),
    COMPLETABLE_FUTURE("completable-future");

    private final String key;

    Model(String key) {
        this.key = key;
    }

    /** How the model is named on the command line, in JSON and in JMH's {@code model} parameter. */
    public String key() {
        return key;
    }

    /**
     * The model named {@code key}.
     *
     * @throws IllegalArgumentException naming the key and the known ones
     */
    public static Model of(String key) {
        return Arrays.stream(values())
                .filter(model -> model.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model '" + key + "'; known models: "
                        + Arrays.stream(values()).map(Model::key).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return key;
    }
}
