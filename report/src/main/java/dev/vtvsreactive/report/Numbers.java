package dev.vtvsreactive.report;

import java.util.Locale;

/**
 * Number formatting that never rounds data away: a score keeps at least three significant digits
 * and its error two, so {@code 0.00012 ms/op} does not print as {@code 0.000} and an error of
 * {@code 0.0004} does not print as {@code 0.000}. The raw values stay in {@code results.json}.
 */
final class Numbers {

    /** Decimals of a time: JMH's own console output shows three. */
    static final int TIME_DECIMALS = 3;
    /** The least decimals of a CPU time, in the unit that makes it read at least 1. */
    static final int CPU_TIME_DECIMALS = 1;
    /** Decimals of an allocation in bytes. */
    static final int BYTES_DECIMALS = 1;

    private static final int MAX_DECIMALS = 9;

    private Numbers() {
    }

    /** The decimals that show {@code metric}'s score and error without losing them, at least {@code minimum}. */
    static int decimals(Metric metric, int minimum) {
        int decimals = Math.max(minimum, significantDecimals(metric.score(), 3));
        if (metric.hasErrorBar()) {
            decimals = Math.max(decimals, significantDecimals(metric.error(), 2));
        }
        return Math.min(decimals, MAX_DECIMALS);
    }

    /** {@code 1,234.500}: fixed decimals, thousands grouped. */
    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** {@code +0.100} or {@code −0.100}: a difference, always signed. */
    static String signed(double value, int decimals) {
        String magnitude = fixed(Math.abs(value), decimals);
        return (value < 0 ? "−" : "+") + magnitude;
    }

    /** {@code 20.100 ± 0.020} with {@code decimals} decimals, or the score alone when JMH gave no error. */
    static String withError(Metric metric, int decimals) {
        String score = fixed(metric.score(), decimals);
        return metric.hasErrorBar() ? score + " ± " + fixed(metric.error(), decimals) : score;
    }

    /** {@code +0.100 ± 0.020} or {@code −0.100}: a difference, always signed, with its error when JMH gave one. */
    static String signedWithError(Metric metric, int decimals) {
        String score = signed(metric.score(), decimals);
        return metric.hasErrorBar() ? score + " ± " + fixed(metric.error(), decimals) : score;
    }

    /** {@code 12.90%} of a share ({@code 0.129}). */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }

    /** {@code +0.81%} or {@code −4.19%}: a change as a share, always signed. */
    static String signedPercent(double share) {
        return (share < 0 ? "−" : "+") + percent(Math.abs(share));
    }

    /** {@code ×1.025}: how many times another value is. */
    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "×%.3f", ratio);
    }

    /** The decimals that show {@code digits} significant digits of {@code value}. */
    private static int significantDecimals(double value, int digits) {
        if (value == 0 || !Double.isFinite(value)) {
            return 0;
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        return Math.max(0, digits - 1 - magnitude);
    }
}
