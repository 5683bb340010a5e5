package dev.vtvsreactive.lesson.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpTimeoutsTest {

    @Test
    void answeringWithinABoundConnectsWithinItOrTheDefaultConnectTimeoutWhicheverIsShorter() {
        assertThat(HttpTimeouts.answeringWithin(Duration.ofSeconds(1)))
                .isEqualTo(new HttpTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThat(HttpTimeouts.answeringWithin(Duration.ofMinutes(2)))
                .isEqualTo(new HttpTimeouts(HttpTimeouts.DEFAULT.connect(), Duration.ofMinutes(2)));
    }

    @Test
    void aBoundThatIsNotPositiveIsRefusedNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> HttpTimeouts.answeringWithin(Duration.ZERO))
                .withMessage("response timeout must be 1 ms to 2147483647 ms, was PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> new HttpTimeouts(Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .withMessage("connect timeout must be 1 ms to 2147483647 ms, was PT-1S");
    }
}
