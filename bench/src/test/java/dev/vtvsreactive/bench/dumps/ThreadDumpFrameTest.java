package dev.vtvsreactive.bench.dumps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vtvsreactive.bench.dumps.ThreadDump.Frame;
import org.junit.jupiter.api.Test;

/** A dump's frames, parsed as the dump writes them: with a module, on the class path, native, nested, lambdas. */
class ThreadDumpFrameTest {

    @Test
    void aJdkFrameKeepsItsClassAndMethodWithoutItsModule() {
        Frame sleep = Frame.parse("java.base/java.lang.Thread.sleep(Thread.java:601)");

        assertThat(sleep).isEqualTo(new Frame("java.lang.Thread", "sleep", "Thread.java:601"));
        assertThat(sleep.is(Thread.class, "sleep")).isTrue();
        assertThat(sleep.is(Thread.class, "sleepNanos")).isFalse();
        assertThat(sleep.simpleName()).isEqualTo("Thread.sleep");
    }

    @Test
    void aClassPathFrameALambdaANestedClassAndANativeMethod() {
        assertThat(Frame.parse("dev.vtvsreactive.virtualthreads.VirtualThreadsFanOut.lambda$gather$2(VirtualThreadsFanOut.java:52)"))
                .isEqualTo(new Frame("dev.vtvsreactive.virtualthreads.VirtualThreadsFanOut", "lambda$gather$2",
                        "VirtualThreadsFanOut.java:52"));
        assertThat(Frame.parse("java.base/java.util.concurrent.ThreadPerTaskExecutor$ThreadBoundFuture.run(ThreadPerTaskExecutor.java:323)")
                .simpleName()).isEqualTo("ThreadPerTaskExecutor$ThreadBoundFuture.run");
        assertThat(Frame.parse("java.base/jdk.internal.misc.Unsafe.park(Native Method)").location()).isEqualTo("Native Method");
    }

    @Test
    void aFrameIsInItsOwnPackageOnlyNotInOneAboveOrBelow() {
        Frame task = Frame.parse("dev.vtvsreactive.virtualthreads.VirtualThreadsFanOut.task(VirtualThreadsFanOut.java:64)");

        assertThat(task.inPackage("dev.vtvsreactive.virtualthreads")).isTrue();
        assertThat(task.inPackage("dev.vtvsreactive")).isFalse();
        assertThat(task.inPackage("dev.vtvsreactive.virtual")).isFalse();
        assertThat(Frame.parse("dev.vtvsreactive.bench.dumps.ThreadDumpHarness.dump(ThreadDumpHarness.java:99)")
                .inPackage("dev.vtvsreactive.bench")).isFalse();
    }

    @Test
    void aLineThatIsNotAFrameIsRefusedQuoted() {
        assertThatIllegalArgumentException().isThrownBy(() -> Frame.parse("- locked <0x1234>"))
                .withMessage("not a stack frame: '- locked <0x1234>'");
        assertThatIllegalArgumentException().isThrownBy(() -> Frame.parse("sleep(Thread.java:601)"))
                .withMessage("not a stack frame: 'sleep(Thread.java:601)'");
    }
}
