package se.icld.gendernetwork.intake.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;
import se.icld.gendernetwork.intake.ratelimit.ClientRateLimiter.Decision;

class ClientRateLimiterTest {

    /** Time that moves only when the test says so. */
    static final class ManualTime implements TimeMeter {

        long nanos;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    final ManualTime time = new ManualTime();
    final ClientRateLimiter limiter = new ClientRateLimiter(10, 1_000, time);

    @Test
    void tenPerMinuteThenRefusedWithTheWaitForTheNextOne() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("198.51.100.7").allowed()).as("submission %d", i + 1).isTrue();
        }

        Decision eleventh = limiter.tryAcquire("198.51.100.7");

        assertThat(eleventh.allowed()).isFalse();
        assertThat(eleventh.retryAfterSeconds()).isEqualTo(6); // one token every 6 s
    }

    @Test
    void theAllowanceComesBackOverTheMinute() {
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("198.51.100.7");
        }
        time.advance(Duration.ofSeconds(5));
        assertThat(limiter.tryAcquire("198.51.100.7").allowed()).isFalse();

        time.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire("198.51.100.7").allowed()).isTrue();
        assertThat(limiter.tryAcquire("198.51.100.7").allowed()).isFalse();

        time.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("198.51.100.7").allowed()).isTrue();
        }
    }

    @Test
    void clientsAreLimitedSeparately() {
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("198.51.100.7");
        }

        assertThat(limiter.tryAcquire("198.51.100.7").allowed()).isFalse();
        assertThat(limiter.tryAcquire("203.0.113.9").allowed()).isTrue();
    }

    @Test
    void theNumberOfTrackedClientsIsBounded() {
        ClientRateLimiter small = new ClientRateLimiter(10, 100, time);
        for (int i = 0; i < 1_000; i++) {
            small.tryAcquire("client-" + i);
        }

        assertThat(small.trackedClients()).isLessThanOrEqualTo(100);
    }
}
