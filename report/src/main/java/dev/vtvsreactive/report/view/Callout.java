package dev.vtvsreactive.report.view;

import java.util.List;

/**
 * A judgement set apart from the text around it: a verdict or an answer in one sentence, or a
 * list of targets each with its status.
 *
 * @param label what it is, e.g. {@code Verdict.}
 * @param settled whether the data settle it: a clear winner, the expected answer, every target met
 * @param text the sentence; empty when the targets say it all
 * @param targets the targets judged; empty for a sentence
 */
public record Callout(String label, boolean settled, String text, List<Target> targets) {

    public Callout {
        targets = List.copyOf(targets);
    }

    /** A judgement in one sentence. */
    public static Callout sentence(String label, boolean settled, String text) {
        return new Callout(label, settled, text, List.of());
    }

    /** A judgement that the targets' statuses say. */
    public static Callout ofTargets(String label, boolean settled, List<Target> targets) {
        return new Callout(label, settled, "", targets);
    }

    /**
     * One target, judged from the data.
     *
     * @param claim what the target says
     * @param status whether the data meet it: {@code met}, {@code not met}, {@code not measured here}
     * @param figures the numbers it was judged by, or why it could not be
     */
    public record Target(String claim, String status, String figures) {
    }
}
