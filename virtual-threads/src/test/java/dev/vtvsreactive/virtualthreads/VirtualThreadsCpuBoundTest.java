package dev.vtvsreactive.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vtvsreactive.lesson.cpu.CpuBoundContractTest;
import dev.vtvsreactive.lesson.cpu.CpuBoundRun;
import dev.vtvsreactive.lesson.cpu.CpuBoundVariant;
import org.junit.jupiter.api.Test;

class VirtualThreadsCpuBoundTest extends CpuBoundContractTest {

    @Override
    protected String modelName() {
        return VirtualThreadsModel.NAME;
    }

    @Test
    void everyVariantRanInAChildJvmWithOneCarrier() {
        for (CpuBoundVariant variant : CpuBoundVariant.values()) {
            CpuBoundRun.Jvm jvm = run(variant).jvm();
            assertThat(jvm.forked()).as(variant.label()).isTrue();
            assertThat(jvm.pid()).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(jvm.properties())
                    .containsEntry("jdk.virtualThreadScheduler.parallelism", "1")
                    .containsEntry("jdk.virtualThreadScheduler.maxPoolSize", "1");
        }
    }
}
