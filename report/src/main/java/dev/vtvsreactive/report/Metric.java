package dev.vtvsreactive.report;

/**
 * One JMH score as JMH reports it: the mean over all measurement iterations, the half-width of its
 * 99.9 % confidence interval, and the unit.
 *
 * <p>JMH cannot compute an interval from fewer than 3 iterations and writes {@code "NaN"} instead:
 * such a metric has {@linkplain #hasErrorBar() no error bar}, and nothing may be concluded from
 * comparing it.
 *
 * @param score the mean
 * @param error the half-width of the 99.9 % confidence interval, {@code NaN} when JMH had none
 * @param unit JMH's unit, e.g. {@code ms/op} or {@code B/op}
 */
record Metric(double score, double error, String unit) {

    /** Errors above this share of the score make a row noisy. */
    static final double NOISY_RELATIVE_ERROR = 0.10;

    /** Whether JMH gave a confidence interval (it does not below 3 iterations). */
    boolean hasErrorBar() {
        return Double.isFinite(error);
    }

    /** The lower bound of the confidence interval; only with an error bar. */
    double low() {
        return score - error;
    }

    /** The upper bound of the confidence interval; only with an error bar. */
    double high() {
        return score + error;
    }

    /** The error as a share of the score ({@code 0.05} is 5 %); {@code NaN} without an error bar. */
    double relativeError() {
        return error / Math.abs(score);
    }

    /** Whether the error exceeds {@value #NOISY_RELATIVE_ERROR} of the score. */
    boolean noisy() {
        return hasErrorBar() && relativeError() > NOISY_RELATIVE_ERROR;
    }

    /** This metric times {@code factor}, in {@code unit}: the interval scales with the score, a missing one stays missing. */
    Metric scaled(double factor, String unit) {
        return new Metric(score * factor, error * factor, unit);
    }

    /**
     * Whether the interval is wider than the score: it reaches past zero, so not even the score's
     * order of magnitude is established.
     */
    boolean widerThanScore() {
        return hasErrorBar() && error > Math.abs(score);
    }

    /** Whether both confidence intervals exist and share at least one value. */
    boolean overlaps(Metric other) {
        return hasErrorBar() && other.hasErrorBar() && low() <= other.high() && other.low() <= high();
    }
}
