package dev.vtvsreactive.report.view;

import java.util.List;

/**
 * The section on what each model is like to live with when something goes wrong: one part per
 * question, each answered from its own experiment, or saying how to run it.
 *
 * @param anchor its id on the page
 * @param title its heading
 * @param description what the section is about
 * @param questions the questions, in reading order
 */
public record LivingView(String anchor, String title, String description, List<Question> questions) {

    public LivingView {
        questions = List.copyOf(questions);
    }
}
