package dev.vtvsreactive.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: a failure's stack trace after its one-line reason. */
final class VerboseOption {

    static final String NAME = "--verbose";

    @Option(names = NAME, description = "On failure, print the stack trace after the one-line reason.")
    boolean enabled;

    boolean enabled() {
        return enabled;
    }
}
