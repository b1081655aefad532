package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The wait after failed sign-ins grows, then locks, and passes with time: read from an injected clock. */
class SignInThrottleTests {

    final TestClock clock = new TestClock();
    final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theWaitGrowsThenLocksAndEndsWithTime() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBefore("sari@example.org", "10.0.0.1")).isEmpty();
            throttle.failed("sari@example.org", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("SARI@example.org ", "10.0.0.2"))
                .as("the e-mail is held back, whatever the case and address")
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10)));
        assertThat(throttle.waitBefore("someone@example.org", "10.0.0.9")).isEmpty();

        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.waitBefore("sari@example.org", "10.0.0.1")).isEmpty();
        for (int i = 0; i < 3; i++) {
            throttle.failed("sari@example.org", "10.0.0.1");
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.waitBefore("sari@example.org", "10.0.0.1"))
                .as("after six failures, about a minute")
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofSeconds(15)));

        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(1));
            throttle.failed("sari@example.org", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("sari@example.org", "10.0.0.1"))
                .as("locked after ten failures within a quarter of an hour")
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("sari@example.org", "10.0.0.1")).isEmpty();
    }

    @Test
    void anAddressIsLockedAfterManyFailuresWhateverTheEmails() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("guess" + i + "@example.org", "10.0.0.7");
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(throttle.waitBefore("new@example.org", "10.0.0.7")).isPresent();
        assertThat(throttle.waitBefore("new@example.org", "10.0.0.8")).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.waitBefore("new@example.org", "10.0.0.7")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheEmailsCount() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("sari@example.org", "10.0.0.1");
        }
        throttle.succeeded("Sari@example.org");
        assertThat(throttle.waitBefore("sari@example.org", "10.0.0.3")).isEmpty();
    }

    static final class TestClock extends Clock {

        private Instant now = Instant.parse("2026-12-02T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
