package dev.vtvsreactive.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsTest {

    @Test
    void ordersSuiteModelsFirstThenVariantsThenAnythingElse() {
        List<String> shuffled = List.of("zeta", "reactor-jdk-http", "completable-future", "rxjava",
                "virtual-threads-pinned", "reactor", "virtual-threads");

        assertThat(shuffled.stream().sorted(Models.ORDER).toList()).containsExactly(
                "virtual-threads", "reactor", "rxjava", "completable-future",
                "virtual-threads-pinned", "reactor-jdk-http", "zeta");
    }

    @Test
    void labelsVariantsAsTheirModelWithWhatDiffers() {
        assertThat(Models.label("reactor-jdk-http")).isEqualTo("reactor (JDK HttpClient)");
        assertThat(Models.label("rxjava-io-scheduler")).isEqualTo("rxjava (io-scheduler)");
        assertThat(Models.label("reactor")).isEqualTo("reactor");
        assertThat(Models.isVariant("reactor-jdk-http")).isTrue();
        assertThat(Models.isVariant("reactor")).isFalse();
        assertThat(Models.isVariant("reactor-")).isFalse();
    }
}
