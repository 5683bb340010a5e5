package dev.vtvsreactive.report.view;

import java.util.Optional;

/**
 * The section of an experiment that runs beside the benchmarks, and may not have.
 *
 * @param anchor its id on the page
 * @param title its heading
 * @param results what the experiment found; empty when it did not run
 * @param notRun what the section says instead when it did not run, and how to run it
 */
public record Section(String anchor, String title, Optional<ExperimentView> results, String notRun) {
}
