package dev.vtvsreactive.lesson;

import java.util.Objects;

/**
 * A model as the lesson runs it: the model itself, or a labelled variant of it that changes one
 * thing the comparison needs to tell apart, such as Reactor over the JDK {@code HttpClient} rather
 * than reactor-netty.
 *
 * @param model       the model
 * @param variant     what the variant changes, as a name ({@code "jdk-http"}); empty for the model itself
 * @param description what it changes, for a reader ({@code "JDK HttpClient"}); empty for the model itself
 */
public record ModelId(Model model, String variant, String description) {

    public ModelId {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(description, "description");
        if (variant.isEmpty() != description.isEmpty()) {
            throw new IllegalArgumentException("a variant needs both a name and a description, was '" + variant
                    + "' and '" + description + "'");
        }
    }

    /** The model itself. */
    public static ModelId of(Model model) {
        return new ModelId(model, "", "");
    }

    /** A labelled variant of {@code model}. */
    public static ModelId variant(Model model, String variant, String description) {
        if (variant.isBlank()) {
            throw new IllegalArgumentException("a variant of " + model + " needs a name");
        }
        return new ModelId(model, variant, description);
    }

    /** Whether this is a labelled variant rather than the model itself. */
    public boolean isVariant() {
        return !variant.isEmpty();
    }

    /** The name on the command line and in results: {@code reactor}, or {@code reactor-jdk-http} for a variant. */
    public String key() {
        return isVariant() ? model.key() + "-" + variant : model.key();
    }

    /** The name a reader sees: {@code reactor}, or {@code reactor (JDK HttpClient)} for a variant. */
    public String label() {
        return isVariant() ? model.key() + " (" + description + ")" : model.key();
    }

    @Override
    public String toString() {
        return key();
    }
}
