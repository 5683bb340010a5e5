package dev.vtvsreactive.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Places on one measure, best first, told the way {@link Verdict} tells a winner: the best of the
 * models left and every model the data cannot tell apart from it share a place, and the next place
 * counts the models before it (tied 1st, tied 1st, 3rd). A model whose interval overlaps the best's
 * is tied with it even when its mean is behind another's that is not.
 */
final class Ranking {

    private Ranking() {
    }

    /**
     * One model's place.
     *
     * @param rank 1 for the best
     * @param tied whether another model shares it
     */
    record Place(int rank, boolean tied) {

        /** {@code 1st}, {@code tied 2nd}. */
        String text() {
            return (tied ? "tied " : "") + ordinal(rank);
        }
    }

    /**
     * The place of each of {@code items}, in {@code items}' order.
     *
     * @param better orders the better first
     * @param indistinguishable whether the data cannot tell the best of those left from another
     */
    static <T> Map<T, Place> of(List<T> items, Comparator<T> better, BiPredicate<T, T> indistinguishable) {
        List<T> left = new ArrayList<>(items.stream().sorted(better).toList());
        Map<T, Place> places = new LinkedHashMap<>();
        while (!left.isEmpty()) {
            T best = left.getFirst();
            List<T> group = left.stream().filter(item -> item == best || indistinguishable.test(best, item)).toList();
            Place place = new Place(places.size() + 1, group.size() > 1);
            group.forEach(item -> places.put(item, place));
            left.removeAll(group);
        }
        Map<T, Place> inOrder = new LinkedHashMap<>();
        items.forEach(item -> inOrder.put(item, places.get(item)));
        return inOrder;
    }

    /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 4th}, {@code 11th}, {@code 21st}. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
