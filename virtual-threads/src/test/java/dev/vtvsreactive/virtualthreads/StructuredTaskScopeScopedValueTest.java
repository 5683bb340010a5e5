package dev.vtvsreactive.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Why the virtual threads' scoped-value propagation binds the id again in each thread: a binding
 * is inherited by a {@link StructuredTaskScope}'s forks (a preview API in JDK 25, hence here, the
 * one place compiled with {@code --enable-preview}), not by a virtual thread started otherwise.
 */
class StructuredTaskScopeScopedValueTest {

    private static Optional<String> requestId() {
        return VirtualThreadsContextPropagation.REQUEST_ID.isBound()
                ? Optional.ofNullable(VirtualThreadsContextPropagation.REQUEST_ID.get())
                : Optional.empty();
    }

    @Test
    void aScopesForkInheritsTheRequestsIdAPlainVirtualThreadDoesNot() throws Exception {
        AtomicReference<Optional<String>> plain = new AtomicReference<>();

        Optional<String> forked = ScopedValue.where(VirtualThreadsContextPropagation.REQUEST_ID, "r7").call(() -> {
            Thread thread = Thread.ofVirtual().start(() -> plain.set(requestId()));
            thread.join();
            try (StructuredTaskScope<Optional<String>, Void> scope = StructuredTaskScope.open()) {
                Subtask<Optional<String>> fork = scope.fork(StructuredTaskScopeScopedValueTest::requestId);
                scope.join();
                return fork.get();
            }
        });

        assertThat(forked).contains("r7");
        assertThat(plain.get()).isEmpty();
    }
}
