package dev.vtvsreactive.reactor;

import dev.vtvsreactive.lesson.traces.DebugAid;
import reactor.core.publisher.Hooks;
import reactor.tools.agent.ReactorDebugAgent;

/**
 * Reactor's debug aids that act on the whole JVM, switched on and off. {@code checkpoint} is not
 * one of them: it marks one chain ({@link ReactorStackTracesModel} puts it on the scenario).
 */
final class ReactorDebugAids {

    private static final Runnable NOTHING = () -> {
    };

    private ReactorDebugAids() {
    }

    /**
     * Switches {@code aid} on for every operator assembled from now on.
     *
     * @return what switches it off again
     * @throws IllegalArgumentException if {@code aid} is not Reactor's
     */
    static Runnable switchOn(DebugAid aid) {
        return switch (aid) {
            case NONE, CHECKPOINT -> NOTHING;
            case ON_OPERATOR_DEBUG -> {
                Hooks.onOperatorDebug();
                yield Hooks::resetOnOperatorDebug;
            }
            case REACTOR_DEBUG_AGENT -> {
                // Rewrites classes as they load, and those already loaded: there is no way back, hence a JVM of its own.
                ReactorDebugAgent.init();
                ReactorDebugAgent.processExistingClasses();
                yield NOTHING;
            }
            default -> throw new IllegalArgumentException("reactor has no debug aid " + aid);
        };
    }
}
