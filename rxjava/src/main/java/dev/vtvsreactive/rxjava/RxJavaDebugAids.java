package dev.vtvsreactive.rxjava;

import dev.vtvsreactive.lesson.traces.DebugAid;
import hu.akarnokd.rxjava3.debug.RxJavaAssemblyTracking;

/** RxJava's debug aids, which act on the whole JVM through {@code RxJavaPlugins}' hooks, switched on and off. */
final class RxJavaDebugAids {

    private static final Runnable NOTHING = () -> {
    };

    private RxJavaDebugAids() {
    }

    /**
     * Switches {@code aid} on for every operator assembled from now on.
     *
     * @return what switches it off again
     * @throws IllegalArgumentException if {@code aid} is not RxJava's
     */
    static Runnable switchOn(DebugAid aid) {
        return switch (aid) {
            case NONE -> NOTHING;
            case ASSEMBLY_TRACKING -> {
                RxJavaAssemblyTracking.enable();
                yield RxJavaAssemblyTracking::disable;
            }
            default -> throw new IllegalArgumentException("rxjava has no debug aid " + aid);
        };
    }
}
