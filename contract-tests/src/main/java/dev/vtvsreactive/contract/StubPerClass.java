package dev.vtvsreactive.contract;

import dev.vtvsreactive.stub.JsonPlaceholderStub;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stub, started before a test class's first test and stopped after its last; register it on a
 * static field with {@code @RegisterExtension}, which a subclass inherits.
 */
public final class StubPerClass implements BeforeAllCallback, AfterAllCallback {

    private JsonPlaceholderStub stub;
    private String startedFor;

    /** Starts the stub, unless an enclosing class's already runs. */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (stub == null) {
            stub = JsonPlaceholderStub.start();
            startedFor = context.getUniqueId();
        }
    }

    /** Stops the stub once the class it was started for is done. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(startedFor)) {
            stub.close();
            stub = null;
        }
    }

    /**
     * The running stub.
     *
     * @throws IllegalStateException outside the test class's tests
     */
    public JsonPlaceholderStub stub() {
        if (stub == null) {
            throw new IllegalStateException("the stub runs only while a test class's tests do");
        }
        return stub;
    }
}
