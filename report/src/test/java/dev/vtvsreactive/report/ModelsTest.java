package dev.vtvsreactive.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsTest {

    @Test
    void ordersSuiteModelsFirstThenVariantsThenTheAsyncioBaselineThenAnythingElse() {
        List<String> shuffled = List.of("zeta", "asyncio-uvloop", "reactor-jdk-http", "completable-future", "rxjava", "asyncio",
                "virtual-threads-pinned", "reactor", "virtual-threads");

        assertThat(shuffled.stream().sorted(Models.ORDER).toList()).containsExactly(
                "virtual-threads", "reactor", "rxjava", "completable-future",
                "virtual-threads-pinned", "reactor-jdk-http", "asyncio", "asyncio-uvloop", "zeta");
        assertThat(Models.isAsyncio("asyncio-uvloop")).isTrue();
        assertThat(Models.isAsyncio("asyncious")).isFalse();
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
